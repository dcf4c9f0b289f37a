//! How long each list in a document may be. Every limit here is a schema's `maxItems` (or, for a
//! map, `maxProperties`), so an integrator's own validator refuses what the widgets would, and the
//! model refuses a longer list with its path. Each is set where the widgets still draw the largest
//! document a schema allows in under a second (BENCHMARKS.md, "The largest documents"), and well
//! above what real documents hold (docs/integrator-guide.md, "How large a document may be").

use crate::problem::{Problem, ProblemKey};

// learner-profile/1 (and each profile of a learner-roster/1)

/// More dimensions than this cannot be read on one chart.
pub const MAX_DIMENSIONS: usize = 64;
/// A group holds at least one dimension.
pub const MAX_GROUPS: usize = MAX_DIMENSIONS;
/// A snapshot a week for twelve school years is about 450.
pub const MAX_SNAPSHOTS: usize = 1_000;
/// Home, school, a club, a job: the comparison is read one context at a time.
pub const MAX_CONTEXTS: usize = 20;
/// Levels of a profile's or a progress document's scale.
pub const MAX_SCALE_LEVELS: usize = 20;

// learner-roster/1

/// More learners than this are not shown in one class view.
pub const MAX_LEARNERS: usize = 500;

/// Each profile's snapshots in a roster: a term's worth, monthly. Five hundred learners with a
/// thousand snapshots each would be 350 MB.
pub const MAX_ROSTER_SNAPSHOTS: usize = 12;
/// Each profile's contexts in a roster.
pub const MAX_ROSTER_CONTEXTS: usize = 5;

// learner-progress/1

/// A state's whole K–12 framework (Common Core's mathematics and English together, with their
/// domains and clusters) is about 2,000 items.
pub const MAX_COMPETENCIES: usize = 5_000;
/// Ten scores for each competency of the largest framework.
pub const MAX_EVIDENCE: usize = 50_000;
/// A teacher's judgement on every competency.
pub const MAX_OVERRIDES: usize = MAX_COMPETENCIES;
pub const MAX_PREREQUISITES: usize = 20;
/// Exemplars, and help links, each.
pub const MAX_LINKS: usize = 10;
pub const MAX_GOALS: usize = 100;
pub const MAX_GOAL_COMPETENCIES: usize = 50;
pub const MAX_REFLECTIONS: usize = 50;

// learner-progress-class/1

pub const MAX_CLASS_LEARNERS: usize = 500;
/// The heatmap's columns: a class view of more than this cannot be read, so a larger framework is
/// shown to a class a part (a domain, a unit) at a time.
pub const MAX_CLASS_COMPETENCIES: usize = 200;
/// Each learner's evidence in a class: twenty scores on each of 60 competencies, a year's worth
/// (the class the benchmarks draw).
pub const MAX_CLASS_EVIDENCE: usize = 1_200;

// learner-choice-board/1

/// A 10 × 10 grid; more would not fit a screen, and this keeps the rule search quick.
pub const MAX_ACTIVITIES: usize = 100;
pub const MAX_SECTIONS: usize = 20;
pub const MAX_RULES: usize = 20;
/// A learner picks an activity once.
pub const MAX_SELECTIONS: usize = MAX_ACTIVITIES;
/// One a free-choice activity.
pub const MAX_PROPOSALS: usize = MAX_ACTIVITIES;
/// Each of an activity's UDL lists (engagement, representation, expression).
pub const MAX_UDL_TAGS: usize = 10;

/// A problem at `path` when a list of `count` is longer than `max`. The path is a closure: it is
/// only worth building for a list that is too long. (`dyn`: one copy of this in the download,
/// not one for each list.)
pub(crate) fn check(out: &mut Vec<Problem>, count: usize, max: usize, path: &dyn Fn() -> String) {
    if count > max {
        out.push(
            Problem::new(path(), ProblemKey::TOO_MANY)
                .with("count", count)
                .with("max", max),
        );
    }
}
