//! What the host says about a record: who issues it, what goes in, and when it is valid from.

use serde::Deserialize;

use crate::date::Date;
use crate::parse::Document;
use crate::problem::{Problem, ProblemKey};
use crate::profile::ProfileDocument;
use crate::uri::is_uri;

/// `exportRecord(options)`'s options, as the host gives them.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RecordOptions {
    /// The school or organisation that will sign the record. Required.
    #[serde(default)]
    pub issuer: Option<Issuer>,
    /// Which competencies become credentials: the mastered ones, or also those started.
    #[serde(default)]
    pub include: Include,
    /// When the credentials are valid from (RFC 3339, e.g. `2026-12-05T09:30:00Z`); by default
    /// the moment the record is made.
    #[serde(default)]
    pub valid_from: Option<String>,
    /// The learner's own URI (a DID, say), when the host knows one; otherwise the learner is named.
    #[serde(default)]
    pub learner_id: Option<String>,
    /// The same learner's profile, when the host asks for their self-ratings in the record: each
    /// dimension the learner rated becomes an achievement marked self-assessed. Never otherwise.
    #[serde(default)]
    pub self_assessed: Option<ProfileDocument>,
}

/// The issuer as the host names it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Issuer {
    /// The issuer's URI (`https://…` or `did:…`), without a fragment.
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
}

/// Which competencies a record holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Include {
    /// Only what the learner has mastered.
    #[default]
    Mastered,
    /// Also what the learner has started, each stated at the level reached (`InProgress`).
    Started,
}

impl RecordOptions {
    /// The problems with the options, each at its path (`issuer.id`).
    pub(crate) fn problems(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        let Some(issuer) = &self.issuer else {
            out.push(Problem::new("issuer", ProblemKey::MISSING));
            return out;
        };
        if !is_uri(&issuer.id) {
            out.push(Problem::new("issuer.id", ProblemKey::NOT_A_URI).with("value", &issuer.id));
        } else if issuer.id.contains('#') {
            // Each achievement's id is the issuer's URI with a fragment of its own.
            out.push(
                Problem::new("issuer.id", ProblemKey::RECORD_ISSUER_FRAGMENT)
                    .with("value", &issuer.id),
            );
        }
        if issuer.name.trim().is_empty() {
            out.push(Problem::empty("issuer.name"));
        }
        if let Some(url) = issuer.url.as_deref().filter(|u| !is_uri(u)) {
            out.push(Problem::new("issuer.url", ProblemKey::NOT_A_URI).with("value", url));
        }
        if let Some(email) = issuer.email.as_deref().filter(|e| !e.contains('@')) {
            out.push(
                Problem::new("issuer.email", ProblemKey::RECORD_NOT_AN_EMAIL).with("value", email),
            );
        }
        if let Some(id) = self.learner_id.as_deref().filter(|id| !is_uri(id)) {
            out.push(Problem::new("learnerId", ProblemKey::NOT_A_URI).with("value", id));
        }
        if let Some(profile) = &self.self_assessed {
            out.extend(
                profile
                    .problems()
                    .into_iter()
                    .map(|p| p.under("selfAssessed")),
            );
            if !profile.dimensions.iter().any(|d| d.self_rating.is_some()) {
                out.push(Problem::new(
                    "selfAssessed.dimensions",
                    ProblemKey::RECORD_NO_SELF_RATINGS,
                ));
            }
        }
        if let Some(moment) = self.valid_from.as_deref().filter(|m| !is_date_time(m)) {
            out.push(
                Problem::new("validFrom", ProblemKey::RECORD_NOT_A_MOMENT).with("value", moment),
            );
        }
        out
    }
}

/// An RFC 3339 date-time with its offset: `2026-12-05T09:30:00Z`, `2026-12-05T09:30:00.123+01:00`.
pub(crate) fn is_date_time(text: &str) -> bool {
    let Some((day, time)) = text.split_once('T') else {
        return false;
    };
    let (clock, offset) = match time.strip_suffix('Z') {
        Some(clock) => (clock, None),
        None => match time.rfind(['+', '-']) {
            Some(at) => (time.get(..at).unwrap_or(""), time.get(at + 1..)),
            None => return false,
        },
    };
    let clock = clock.split_once('.').map_or(clock, |(whole, fraction)| {
        if !fraction.is_empty() && fraction.chars().all(|c| c.is_ascii_digit()) {
            whole
        } else {
            ""
        }
    });
    Date::parse(day).is_some() && hh_mm(clock, true) && offset.is_none_or(|o| hh_mm(o, false))
}

/// `HH:MM` (and `:SS` when `seconds`), each in range.
fn hh_mm(text: &str, seconds: bool) -> bool {
    let parts: Vec<&str> = text.split(':').collect();
    let limits: &[u32] = if seconds { &[23, 59, 60] } else { &[23, 59] };
    parts.len() == limits.len()
        && parts.iter().zip(limits).all(|(part, max)| {
            part.len() == 2
                && part.chars().all(|c| c.is_ascii_digit())
                && part.parse::<u32>().is_ok_and(|n| n <= *max)
        })
}

#[cfg(test)]
mod tests {
    use super::is_date_time;

    #[test]
    fn rfc_3339_moments_pass_and_others_do_not() {
        for good in [
            "2026-12-05T09:30:00Z",
            "2026-12-05T09:30:00.123Z",
            "2026-12-05T09:30:00+01:00",
            "2026-12-05T09:30:00-05:30",
        ] {
            assert!(is_date_time(good), "{good}");
        }
        for bad in [
            "2026-12-05",
            "2026-12-05T09:30Z",
            "2026-13-05T09:30:00Z",
            "2026-12-05T24:30:00Z",
            "2026-12-05T09:30:00",
            "2026-12-05T09:30:00.Z",
            "2026-12-05 09:30:00Z",
        ] {
            assert!(!is_date_time(bad), "{bad}");
        }
    }
}
