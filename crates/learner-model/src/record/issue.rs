//! Makes a learner's record from a progress document: an achievement and a credential for each
//! competency the record holds, bundled in a CLR.

use std::collections::HashSet;

use super::clr::{Association, ClrCredential, ClrSubject};
use super::open_badges::{
    Achievement, AchievementCredential, AchievementResult, AchievementSubject, Alignment,
    CredentialSchema, Criteria, Evidence, IdentityObject, Profile, ResultDescription,
    RubricCriterionLevel,
};
use super::options::{Include, Issuer, RecordOptions};
use super::vocabulary as v;
use crate::number::format_number;
use crate::problem::{DocumentError, ErrorCode, Problem, ProblemKey};
use crate::profile::ProfileDocument;
use crate::progress::{
    Competency, ProficiencyLevel, ProficiencyScale, ProgressDocument, Standing, Status, standing,
};

/// The words a record holds, in the reader's language, from the caller's tables.
pub struct RecordWords<'a> {
    /// The CLR's name, e.g. "Learning record of Ana García: Grade 6 ratios".
    pub record_name: &'a str,
    /// The name of the scale results are given on.
    pub scale_name: &'a str,
    /// A level's name: its label, or the reader's word for a level of the default scale.
    pub level_name: &'a dyn Fn(&ProficiencyLevel) -> String,
    /// The name of the scale a self-rating is given on.
    pub self_rating: &'a str,
    /// What a self-assessed achievement's criteria say: the learner rated it, the school did not.
    pub self_assessed: &'a str,
}

/// The learner's record as one unsigned CLR whose subject holds an unsigned Open Badges credential
/// per competency. `next_id` gives a new `urn:uuid:` for each credential. Refused, with the path
/// of each problem, when the options lack an issuer, a competency to be issued has no URI, or there
/// is nothing to issue.
pub fn learner_record(
    doc: &ProgressDocument,
    options: &RecordOptions,
    words: &RecordWords,
    next_id: &mut dyn FnMut() -> String,
) -> Result<ClrCredential, DocumentError> {
    let mut problems = options.problems();
    let self_rated = options
        .self_assessed
        .as_ref()
        .filter(|p| p.dimensions.iter().any(|d| d.self_rating.is_some()));
    if let Some(profile) = self_rated.filter(|p| p.learner.id != doc.learner.id) {
        problems.push(
            Problem::new("selfAssessed.learner.id", ProblemKey::RECORD_OTHER_LEARNER)
                .with("value", &profile.learner.id),
        );
    }
    let issued = issued_competencies(doc, options.include, self_rated.is_some(), &mut problems);
    let (Some(issuer), Some(valid_from), true) =
        (&options.issuer, &options.valid_from, problems.is_empty())
    else {
        if options.valid_from.is_none() {
            problems.push(Problem::new("validFrom", ProblemKey::MISSING));
        }
        return Err(DocumentError {
            code: ErrorCode::CannotIssue,
            problems,
        });
    };
    let maker = Maker {
        doc,
        issuer: profile(issuer),
        valid_from,
        learner_id: options.learner_id.clone(),
        identifier: learner_identity(doc, options),
        words,
        scale: doc.scale(),
    };
    let mut credentials: Vec<AchievementCredential> = issued
        .iter()
        .map(|s| maker.credential(s, next_id()))
        .collect();
    if let Some(profile) = self_rated {
        credentials.extend(maker.self_assessed(profile, next_id));
    }
    let achievements: Vec<Achievement> = credentials
        .iter()
        .map(|c| c.credential_subject.achievement.clone())
        .collect();
    Ok(ClrCredential {
        context: v::CLR_CONTEXT.iter().map(|c| c.to_string()).collect(),
        id: next_id(),
        kind: kinds(&[v::VERIFIABLE_CREDENTIAL, v::CLR_CREDENTIAL]),
        name: words.record_name.to_string(),
        issuer: maker.issuer.clone(),
        valid_from: valid_from.clone(),
        credential_subject: ClrSubject {
            id: maker.learner_id.clone(),
            kind: kinds(&[v::CLR_SUBJECT]),
            identifier: maker.identifier.clone(),
            association: associations(&maker, &issued),
            verifiable_credential: credentials,
            achievement: achievements,
        },
        credential_schema: vec![schema(v::CLR_SCHEMA)],
    })
}

/// The standings of the competencies the record holds: each competency with no children that is
/// mastered (or, with `Include::Started`, started). Adds a problem for each without a URI, and one
/// when there is nothing to issue (and no self-ratings either).
fn issued_competencies<'a>(
    doc: &'a ProgressDocument,
    include: Include,
    self_rated: bool,
    problems: &mut Vec<Problem>,
) -> Vec<Standing<'a>> {
    if doc.evidence.is_empty() && doc.overrides.is_empty() && !self_rated {
        problems.push(Problem::new("evidence", ProblemKey::RECORD_NO_EVIDENCE));
        return Vec::new();
    }
    let parents: HashSet<&str> = doc
        .framework
        .competencies
        .iter()
        .filter_map(|c| c.parent.as_deref())
        .collect();
    let mut issued = Vec::new();
    for (i, competency) in doc.framework.competencies.iter().enumerate() {
        if parents.contains(competency.id.as_str()) {
            continue;
        }
        let s = standing(doc, competency);
        let wanted = match s.status {
            Status::Mastered => true,
            Status::InProgress => include == Include::Started && s.level.is_some(),
            Status::NotStarted => false,
        };
        if !wanted {
            continue;
        }
        if competency.uri.is_none() {
            problems.push(Problem::new(
                format!("framework.competencies[{i}].uri"),
                ProblemKey::RECORD_NO_URI,
            ));
        }
        issued.push(s);
    }
    if issued.is_empty() && !self_rated {
        problems.push(Problem::new("include", ProblemKey::RECORD_NOTHING_MASTERED));
    }
    issued
}

/// What every credential of one record shares.
struct Maker<'a> {
    doc: &'a ProgressDocument,
    issuer: Profile,
    valid_from: &'a str,
    learner_id: Option<String>,
    identifier: Vec<IdentityObject>,
    words: &'a RecordWords<'a>,
    scale: ProficiencyScale,
}

impl Maker<'_> {
    fn credential(&self, s: &Standing, id: String) -> AchievementCredential {
        let achievement = self.achievement(s.competency);
        let result = self.result(s, &achievement);
        let evidence = s
            .evidence
            .iter()
            .map(|e| Evidence {
                kind: kinds(&[v::EVIDENCE]),
                name: e.source.clone(),
                description: e.date.clone(),
            })
            .collect();
        self.awarded(id, achievement, result.into_iter().collect(), evidence)
    }

    /// The credential that awards `achievement` to the learner, named as it is.
    fn awarded(
        &self,
        id: String,
        achievement: Achievement,
        result: Vec<AchievementResult>,
        evidence: Vec<Evidence>,
    ) -> AchievementCredential {
        AchievementCredential {
            context: v::OB_CONTEXT.iter().map(|c| c.to_string()).collect(),
            id,
            kind: kinds(&[v::VERIFIABLE_CREDENTIAL, v::OPEN_BADGE_CREDENTIAL]),
            name: achievement.name.clone(),
            issuer: self.issuer.clone(),
            valid_from: self.valid_from.to_string(),
            credential_subject: AchievementSubject {
                id: self.learner_id.clone(),
                kind: kinds(&[v::ACHIEVEMENT_SUBJECT]),
                identifier: self.identifier.clone(),
                achievement,
                result,
            },
            evidence,
            credential_schema: vec![schema(v::OB_SCHEMA)],
        }
    }

    /// The competency as an achievement of this issuer, aligned to its framework item.
    fn achievement(&self, c: &Competency) -> Achievement {
        let id = achievement_id(&self.issuer.id, &c.id);
        let levels: Vec<RubricCriterionLevel> = self
            .scale
            .levels
            .iter()
            .enumerate()
            .map(|(i, level)| RubricCriterionLevel {
                id: format!("{id}-level-{i}"),
                kind: kinds(&[v::RUBRIC_CRITERION_LEVEL]),
                name: (self.words.level_name)(level),
                points: format_number(level.value),
            })
            .collect();
        let required_level = self
            .scale
            .levels
            .iter()
            .position(|l| l.mastery)
            .map(|i| format!("{id}-level-{i}"));
        Achievement {
            kind: kinds(&[v::ACHIEVEMENT]),
            achievement_type: v::COMPETENCY.to_string(),
            name: c.statement.clone(),
            description: c.statement.clone(),
            criteria: Criteria {
                narrative: c.rubric.clone().unwrap_or_else(|| c.statement.clone()),
            },
            human_code: c.code.clone(),
            alignment: c
                .uri
                .iter()
                .map(|uri| Alignment {
                    kind: kinds(&[v::ALIGNMENT]),
                    target_name: c.statement.clone(),
                    target_url: uri.clone(),
                    target_code: c.code.clone(),
                    target_framework: self.doc.framework.title.clone(),
                    target_type: v::CASE_ITEM.to_string(),
                })
                .collect(),
            result_description: vec![ResultDescription {
                id: format!("{id}-scale"),
                kind: kinds(&[v::RESULT_DESCRIPTION]),
                name: self.words.scale_name.to_string(),
                result_type: v::RUBRIC_LEVEL_RESULT.to_string(),
                rubric_criterion_level: levels,
                required_level,
                value_min: None,
                value_max: None,
            }],
            tag: Vec::new(),
            id,
        }
    }

    /// The level reached on the scale, and whether that earns the achievement.
    fn result(&self, s: &Standing, achievement: &Achievement) -> Option<AchievementResult> {
        let level = s.level.as_ref()?;
        let index = self.scale.levels.iter().position(|l| l == level)?;
        let description = achievement.result_description.first()?;
        Some(AchievementResult {
            kind: kinds(&[v::RESULT]),
            result_description: description.id.clone(),
            achieved_level: Some(format!("{}-level-{index}", achievement.id)),
            status: Some(
                match s.status {
                    Status::Mastered => v::COMPLETED,
                    _ => v::IN_PROGRESS,
                }
                .to_string(),
            ),
            value: s
                .score
                .map(|score| format_number((score * 100.0).round() / 100.0)),
        })
    }
}

impl Maker<'_> {
    /// A credential for each profile dimension the learner rated, marked self-assessed: the
    /// achievement type is the extension `ext:SelfAssessment`, tagged `self-assessed`, its criteria
    /// say the learner rated it, and its result is the rating on the profile's scale.
    fn self_assessed(
        &self,
        profile: &ProfileDocument,
        next_id: &mut dyn FnMut() -> String,
    ) -> Vec<AchievementCredential> {
        let scale = &profile.scale;
        profile
            .dimensions
            .iter()
            .filter_map(|d| d.self_rating.map(|rating| (d, rating)))
            .map(|(d, rating)| {
                let id = format!(
                    "{}#self-assessment-{}",
                    self.issuer.id,
                    percent_encoded(&d.id)
                );
                let description = ResultDescription {
                    id: format!("{id}-scale"),
                    kind: kinds(&[v::RESULT_DESCRIPTION]),
                    name: self.words.self_rating.to_string(),
                    result_type: v::SCALED_SCORE.to_string(),
                    rubric_criterion_level: Vec::new(),
                    required_level: None,
                    value_min: Some(format_number(scale.min)),
                    value_max: Some(format_number(scale.max)),
                };
                let result = AchievementResult {
                    kind: kinds(&[v::RESULT]),
                    result_description: description.id.clone(),
                    achieved_level: None,
                    status: None,
                    value: Some(format_number(rating)),
                };
                let achievement = Achievement {
                    kind: kinds(&[v::ACHIEVEMENT]),
                    achievement_type: v::SELF_ASSESSMENT.to_string(),
                    name: d.label.clone(),
                    description: d.description.clone().unwrap_or_else(|| d.label.clone()),
                    criteria: Criteria {
                        narrative: self.words.self_assessed.to_string(),
                    },
                    human_code: None,
                    alignment: Vec::new(),
                    result_description: vec![description],
                    tag: kinds(&[v::SELF_ASSESSED_TAG]),
                    id,
                };
                self.awarded(next_id(), achievement, vec![result], Vec::new())
            })
            .collect()
    }
}

/// Each "a precedes b" of the framework between two competencies the record holds.
fn associations(maker: &Maker, issued: &[Standing]) -> Vec<Association> {
    let held: HashSet<&str> = issued.iter().map(|s| s.competency.id.as_str()).collect();
    let mut out = Vec::new();
    for s in issued {
        for before in &s.competency.prerequisites {
            if held.contains(before.as_str()) {
                out.push(Association {
                    kind: v::ASSOCIATION.to_string(),
                    association_type: v::PRECEDES.to_string(),
                    source_id: achievement_id(&maker.issuer.id, before),
                    target_id: achievement_id(&maker.issuer.id, &s.competency.id),
                });
            }
        }
    }
    out
}

/// The learner's name, when the host gives no URI for them: every credential needs one or the other.
fn learner_identity(doc: &ProgressDocument, options: &RecordOptions) -> Vec<IdentityObject> {
    if options.learner_id.is_some() {
        return Vec::new();
    }
    vec![IdentityObject {
        kind: v::IDENTITY_OBJECT.to_string(),
        hashed: false,
        identity_hash: doc.learner.name.clone(),
        identity_type: v::NAME_IDENTITY.to_string(),
    }]
}

fn profile(issuer: &Issuer) -> Profile {
    Profile {
        id: issuer.id.clone(),
        kind: kinds(&[v::PROFILE]),
        name: issuer.name.clone(),
        url: issuer.url.clone(),
        email: issuer.email.clone(),
    }
}

fn schema(id: &str) -> CredentialSchema {
    CredentialSchema {
        id: id.to_string(),
        kind: v::SCHEMA_VALIDATOR.to_string(),
    }
}

/// A competency's achievement: the issuer's URI with a fragment naming the competency, so the
/// same competency from the same issuer is the same achievement in every record.
fn achievement_id(issuer: &str, competency: &str) -> String {
    format!("{issuer}#competency-{}", percent_encoded(competency))
}

/// The text with every character but `A-Z a-z 0-9 - . _ ~` written as `%XX` of its UTF-8 bytes.
fn percent_encoded(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

fn kinds(names: &[&str]) -> Vec<String> {
    names.iter().map(|n| n.to_string()).collect()
}
