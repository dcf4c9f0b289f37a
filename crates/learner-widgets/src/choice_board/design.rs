//! A teacher's change to the board's design: its activities and its rules.

use learner_model::choice::{Activity, ChoiceBoardDocument, Rule};

use super::work::Edited;

#[derive(Debug, Clone, PartialEq)]
pub enum Design {
    /// Replaces the activity with this id (its title, points, required, own idea).
    UpdateActivity {
        id: String,
        activity: Activity,
    },
    RemoveActivity(String),
    /// Moves the activity with this id to this place on the board.
    MoveActivity {
        id: String,
        to: usize,
    },
    /// Adds an activity with this title, under the first id of the form `activity-N` not taken.
    AddActivity {
        title: String,
    },
    AddRule(Rule),
    /// Removes the rule at this index.
    RemoveRule(usize),
}

impl Design {
    /// The model's edit of `doc`.
    pub fn apply(&self, doc: &ChoiceBoardDocument) -> Edited {
        match self {
            Design::UpdateActivity { id, activity } => doc.update_activity(id, activity.clone()),
            Design::RemoveActivity(id) => doc.remove_activity(id),
            Design::MoveActivity { id, to } => doc.move_activity(id, *to),
            Design::AddActivity { title } => {
                let id = (1..)
                    .map(|k| format!("activity-{k}"))
                    .find(|id| doc.activity(id).is_none())
                    .unwrap_or_default();
                doc.add_activity(Activity::new(id, title.clone()))
            }
            Design::AddRule(rule) => {
                let mut rules = doc.rules.clone();
                rules.push(rule.clone());
                doc.set_rules(rules)
            }
            Design::RemoveRule(index) => {
                let rules = (doc.rules.iter().enumerate())
                    .filter(|(i, _)| i != index)
                    .map(|(_, rule)| rule.clone())
                    .collect();
                doc.set_rules(rules)
            }
        }
    }
}
