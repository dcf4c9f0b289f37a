//! What a widget has to show: nothing yet, a usable document, or why the document was refused.

use std::rc::Rc;

use learner_model::DocumentError;

#[derive(Debug)]
pub enum LoadState<D> {
    /// The host has not given a document yet.
    Empty,
    Ready(Rc<D>),
    Failed(Rc<DocumentError>),
}

/// Cloning shares the document: only the `Rc` is copied.
impl<D> Clone for LoadState<D> {
    fn clone(&self) -> Self {
        match self {
            Self::Empty => Self::Empty,
            Self::Ready(d) => Self::Ready(d.clone()),
            Self::Failed(e) => Self::Failed(e.clone()),
        }
    }
}

/// Props compare by identity: a new document is a new `Rc`, so nothing deep is compared on render.
impl<D> PartialEq for LoadState<D> {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Self::Empty, Self::Empty) => true,
            (Self::Ready(a), Self::Ready(b)) => Rc::ptr_eq(a, b),
            (Self::Failed(a), Self::Failed(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}
