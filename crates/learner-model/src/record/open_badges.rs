//! The Open Badges 3.0 shapes a learner's record is made of, as 1EdTech's JSON Schema
//! (`ob_v3p0_achievementcredential_schema.json`) names their fields. Unsigned: the host signs.

use serde::Serialize;

/// An `OpenBadgeCredential` (also called `AchievementCredential`): one achievement, awarded.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AchievementCredential {
    #[serde(rename = "@context")]
    pub context: Vec<String>,
    pub id: String,
    #[serde(rename = "type")]
    pub kind: Vec<String>,
    pub name: String,
    pub issuer: Profile,
    pub valid_from: String,
    pub credential_subject: AchievementSubject,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    pub credential_schema: Vec<CredentialSchema>,
}

/// The issuer: the school or organisation the host names.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Profile {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: Vec<String>,
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

/// Who earned the achievement, and how far they got.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AchievementSubject {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(rename = "type")]
    pub kind: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub identifier: Vec<IdentityObject>,
    pub achievement: Achievement,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub result: Vec<AchievementResult>,
}

/// A way to tell who the learner is without a URI of their own.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct IdentityObject {
    #[serde(rename = "type")]
    pub kind: String,
    pub hashed: bool,
    pub identity_hash: String,
    pub identity_type: String,
}

/// What was achieved: here a competency, aligned to its CASE item.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Achievement {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: Vec<String>,
    pub achievement_type: String,
    pub name: String,
    pub description: String,
    pub criteria: Criteria,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub human_code: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub alignment: Vec<Alignment>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub result_description: Vec<ResultDescription>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tag: Vec<String>,
}

/// What earning the achievement takes, in words.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Criteria {
    pub narrative: String,
}

/// The framework item an achievement stands for (a CASE `CFItem`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Alignment {
    #[serde(rename = "type")]
    pub kind: Vec<String>,
    pub target_name: String,
    pub target_url: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_code: Option<String>,
    pub target_framework: String,
    pub target_type: String,
}

/// The scale a result is given on: its levels, and the one required to earn the achievement.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ResultDescription {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: Vec<String>,
    pub name: String,
    pub result_type: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub rubric_criterion_level: Vec<RubricCriterionLevel>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub required_level: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_min: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value_max: Option<String>,
}

/// One level of the scale.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RubricCriterionLevel {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: Vec<String>,
    pub name: String,
    pub points: String,
}

/// The level the learner reached, and whether that completes the achievement.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AchievementResult {
    #[serde(rename = "type")]
    pub kind: Vec<String>,
    pub result_description: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub achieved_level: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// A piece of work that counted: its name and date.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Evidence {
    #[serde(rename = "type")]
    pub kind: Vec<String>,
    pub name: String,
    pub description: String,
}

/// Which JSON Schema validates the credential.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CredentialSchema {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
}
