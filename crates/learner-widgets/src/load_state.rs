//! What a widget has to show: nothing yet, a usable document, or why the document was refused.

use std::rc::Rc;

use learner_model::DocumentError;

#[derive(Debug, Clone)]
pub enum LoadState<D> {
    /// The host has not given a document yet.
    Empty,
    Ready(Rc<D>),
    Failed(Rc<DocumentError>),
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
