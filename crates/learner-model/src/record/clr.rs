//! The CLR 2.0 shapes: a `ClrCredential` bundles a learner's achievement credentials, as 1EdTech's
//! JSON Schema (`clr_v2p0_clrcredential_schema.json`) names their fields. Unsigned: the host signs.

use serde::Serialize;

use super::open_badges::{
    Achievement, AchievementCredential, CredentialSchema, IdentityObject, Profile,
};

/// A Comprehensive Learner Record: every achievement credential of one learner from one issuer.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ClrCredential {
    #[serde(rename = "@context")]
    pub context: Vec<String>,
    pub id: String,
    #[serde(rename = "type")]
    pub kind: Vec<String>,
    pub name: String,
    pub issuer: Profile,
    pub valid_from: String,
    pub credential_subject: ClrSubject,
    pub credential_schema: Vec<CredentialSchema>,
}

/// The learner, their credentials, the achievements those hold, and how the achievements relate.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ClrSubject {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(rename = "type")]
    pub kind: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub identifier: Vec<IdentityObject>,
    pub verifiable_credential: Vec<AchievementCredential>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub achievement: Vec<Achievement>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub association: Vec<Association>,
}

/// How two achievements of the record relate (one precedes the other in the framework).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Association {
    #[serde(rename = "type")]
    pub kind: String,
    pub association_type: String,
    pub source_id: String,
    pub target_id: String,
}
