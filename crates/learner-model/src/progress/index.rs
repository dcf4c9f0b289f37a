//! Lookups over one progress document, made once: competencies by id, children by parent and
//! evidence by competency. The views ask these questions of every competency; asked of the
//! document itself, each would be a scan of every competency or every piece of evidence, and a
//! framework of 4,000 competencies would take seconds. Made in O(n log n), each answer is
//! then a hash lookup.

use std::collections::HashMap;

use super::document::{Competency, Evidence, Override, ProgressDocument};
use super::history::{HistoryPoint, history_of};
use super::standing::{Rollup, Standing, Status, standing_of};

pub struct ProgressIndex<'a> {
    doc: &'a ProgressDocument,
    by_id: HashMap<&'a str, &'a Competency>,
    children: HashMap<&'a str, Vec<&'a Competency>>,
    /// Each competency's evidence, oldest first; the same date keeps document order.
    evidence: HashMap<&'a str, Vec<&'a Evidence>>,
    /// The override in force for each competency: the last one the document gives.
    overrides: HashMap<&'a str, &'a Override>,
}

impl<'a> ProgressIndex<'a> {
    pub fn new(doc: &'a ProgressDocument) -> Self {
        let competencies = &doc.framework.competencies;
        let mut by_id = HashMap::with_capacity(competencies.len());
        let mut children: HashMap<&str, Vec<&Competency>> = HashMap::new();
        for c in competencies {
            // The first of two with one id, as a scan would find it.
            by_id.entry(c.id.as_str()).or_insert(c);
            if let Some(parent) = c.parent.as_deref() {
                children.entry(parent).or_default().push(c);
            }
        }
        let mut evidence: HashMap<&str, Vec<&Evidence>> = HashMap::new();
        for e in &doc.evidence {
            evidence.entry(e.competency.as_str()).or_default().push(e);
        }
        for list in evidence.values_mut() {
            // Validated dates are YYYY-MM-DD, whose text sorts in date order: no parsing.
            list.sort_by(|a, b| a.date.cmp(&b.date));
        }
        let overrides = doc
            .overrides
            .iter()
            .map(|o| (o.competency.as_str(), o))
            .collect();
        ProgressIndex {
            doc,
            by_id,
            children,
            evidence,
            overrides,
        }
    }

    pub fn document(&self) -> &'a ProgressDocument {
        self.doc
    }

    pub fn competency(&self, id: &str) -> Option<&'a Competency> {
        self.by_id.get(id).copied()
    }

    /// The evidence for a competency, oldest first.
    pub fn evidence_for(&self, id: &str) -> &[&'a Evidence] {
        self.evidence.get(id).map_or(&[], Vec::as_slice)
    }

    /// The competencies that name `id` as their parent, in framework order.
    pub fn children(&self, id: &str) -> &[&'a Competency] {
        self.children.get(id).map_or(&[], Vec::as_slice)
    }

    /// Whether no competency names this one as its parent.
    pub fn is_leaf(&self, id: &str) -> bool {
        !self.children.contains_key(id)
    }

    /// The leaf competencies under `id` (itself when it is a leaf), in framework order within each
    /// parent. Safe on cyclic parents.
    pub fn leaves_under(&self, id: &str) -> Vec<&'a Competency> {
        let mut out = Vec::new();
        let mut stack = vec![id];
        let mut seen = std::collections::HashSet::new();
        while let Some(current) = stack.pop() {
            if !seen.insert(current) {
                continue;
            }
            match self.children.get(current) {
                Some(children) => stack.extend(children.iter().rev().map(|c| c.id.as_str())),
                None => out.extend(self.competency(current)),
            }
        }
        out
    }

    /// Where a competency stands, from its own evidence.
    pub fn standing(&self, competency: &'a Competency) -> Standing<'a> {
        standing_of(
            self.doc,
            competency,
            self.evidence_for(&competency.id).to_vec(),
            self.overrides.get(competency.id.as_str()).copied(),
        )
    }

    /// A competency's evidence oldest first, each with the method's result so far.
    pub fn history(&self, competency: &Competency) -> Vec<HistoryPoint<'a>> {
        history_of(
            self.doc,
            competency,
            self.evidence_for(&competency.id).to_vec(),
        )
    }

    pub fn rollup(&self, id: &str) -> Rollup {
        let leaves = self.leaves_under(id);
        let mastered = leaves
            .iter()
            .filter(|c| self.standing(c).status == Status::Mastered)
            .count();
        Rollup {
            mastered,
            total: leaves.len(),
        }
    }

    /// Whether a competency, or every leaf under a domain, is mastered.
    pub fn is_mastered(&self, id: &str) -> bool {
        let rollup = self.rollup(id);
        rollup.total > 0 && rollup.mastered == rollup.total
    }

    /// What to work on next: leaf competencies not yet mastered whose prerequisites are all
    /// mastered, in framework order.
    pub fn next_steps(&self) -> Vec<&'a Competency> {
        let mut mastered: HashMap<&str, bool> = HashMap::new();
        let mut is_mastered =
            |id: &'a str| *mastered.entry(id).or_insert_with(|| self.is_mastered(id));
        self.doc
            .framework
            .competencies
            .iter()
            .filter(|c| self.is_leaf(&c.id))
            .filter(|c| self.standing(c).status != Status::Mastered)
            .filter(|c| c.prerequisites.iter().all(|p| is_mastered(p.as_str())))
            .collect()
    }

    /// Leaf competencies in prerequisite layers: the first holds those with no prerequisites,
    /// each next one those whose prerequisites (a competency, or every leaf under a domain) all
    /// sit in earlier layers; unknown prerequisites are not waited for. Those that can never be
    /// placed (a cycle, or waiting on one) are left in a last layer. Framework order within a
    /// layer. Each competency is looked at once (a depth-first walk), so the time grows with the
    /// framework's size and links, not with its square.
    pub fn prerequisite_layers(&self) -> Vec<Vec<&'a Competency>> {
        let depths = self.depths();
        let leaves = self
            .doc
            .framework
            .competencies
            .iter()
            .filter(|c| self.is_leaf(&c.id));
        let mut layers: Vec<Vec<&Competency>> = Vec::new();
        let mut stuck = Vec::new();
        for leaf in leaves {
            match depths.get(leaf.id.as_str()).copied().flatten() {
                Some(depth) => {
                    let depth = usize::try_from(depth).unwrap_or_default();
                    if layers.len() <= depth {
                        layers.resize_with(depth + 1, Vec::new);
                    }
                    if let Some(layer) = layers.get_mut(depth) {
                        layer.push(leaf);
                    }
                }
                None => stuck.push(leaf),
            }
        }
        // Depths are contiguous from 0 (each leaf sits one after its deepest prerequisite).
        layers.retain(|layer| !layer.is_empty());
        if !stuck.is_empty() {
            layers.push(stuck);
        }
        layers
    }

    /// Each competency's layer: for a leaf, one after its deepest prerequisite (0 with none);
    /// for a domain, its deepest leaf's (-1 with no leaves, so waiting on it costs nothing). `None`
    /// for one that waits on a cycle.
    fn depths(&self) -> HashMap<&'a str, Option<i64>> {
        enum Visit<'b> {
            Enter(&'b str),
            Leave(&'b str),
        }
        let mut depth: HashMap<&'a str, Option<i64>> = HashMap::new();
        let mut open = std::collections::HashSet::new();
        for start in &self.doc.framework.competencies {
            let mut stack = vec![Visit::Enter(start.id.as_str())];
            while let Some(visit) = stack.pop() {
                match visit {
                    Visit::Enter(id) => {
                        if depth.contains_key(id) {
                            continue;
                        }
                        if !open.insert(id) {
                            // Reached again while still open: a cycle.
                            depth.insert(id, None);
                            continue;
                        }
                        stack.push(Visit::Leave(id));
                        for next in self.waits_on(id) {
                            if !depth.contains_key(next) {
                                stack.push(Visit::Enter(next));
                            }
                        }
                    }
                    Visit::Leave(id) => {
                        open.remove(id);
                        if depth.contains_key(id) {
                            continue; // found on a cycle meanwhile
                        }
                        let mut deepest = Some(-1_i64);
                        for next in self.waits_on(id) {
                            // Still open below means a cycle through `id`.
                            let found = depth.get(next).copied().flatten();
                            deepest = match (deepest, found) {
                                (Some(a), Some(b)) => Some(a.max(b)),
                                _ => None,
                            };
                        }
                        let own = if self.is_leaf(id) {
                            deepest.map(|d| d + 1)
                        } else {
                            deepest
                        };
                        depth.insert(id, own);
                    }
                }
            }
        }
        depth
    }

    /// What a competency waits on: a leaf its known prerequisites, a domain the leaves under it
    /// (parents that loop on themselves just have fewer leaves, as `leaves_under` finds them).
    fn waits_on(&self, id: &'a str) -> Vec<&'a str> {
        match self.children.get(id) {
            Some(_) => self
                .leaves_under(id)
                .into_iter()
                .map(|c| c.id.as_str())
                .collect(),
            None => self
                .competency(id)
                .map(|c| {
                    c.prerequisites
                        .iter()
                        .map(String::as_str)
                        .filter(|p| self.by_id.contains_key(p))
                        .collect()
                })
                .unwrap_or_default(),
        }
    }
}
