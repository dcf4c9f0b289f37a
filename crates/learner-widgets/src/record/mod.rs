//! A learner's record (Open Badges 3.0 credentials in a CLR 2.0 credential) with its words in the
//! reader's language: the record's name, the scale's, and the default scale's levels. The record
//! itself is the model's (`learner_model::record`); the `learner-record` module makes it on demand.

use learner_model::DocumentError;
use learner_model::progress::{ProficiencyLevel, ProgressDocument};
use learner_model::record::{ClrCredential, RecordOptions, RecordWords, learner_record};

use crate::Texts;
use crate::progress::wording::level_name;

/// The learner's record, worded by `texts`; `next_id` gives a new `urn:uuid:` per credential.
pub fn worded_record(
    texts: &Texts,
    doc: &ProgressDocument,
    options: &RecordOptions,
    next_id: &mut dyn FnMut() -> String,
) -> Result<ClrCredential, DocumentError> {
    let record_name = texts.f(
        "record.name",
        &[
            ("name", &doc.learner.name),
            ("framework", &doc.framework.title),
        ],
    );
    let level = |l: &ProficiencyLevel| level_name(texts, l);
    let words = RecordWords {
        record_name: &record_name,
        scale_name: texts.t("record.scale"),
        level_name: &level,
        self_rating: texts.t("record.self-rating"),
        self_assessed: texts.t("record.self-assessed"),
    };
    learner_record(doc, options, &words, next_id)
}
