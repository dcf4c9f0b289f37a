//! The Open Badges 3.0 and CLR 2.0 vocabulary a record uses: type names and enumerated values, as
//! the specifications spell them. Terms of the standard, not words a person reads in a widget.

/// The JSON-LD contexts of an Open Badges 3.0 credential: the W3C Verifiable Credentials Data
/// Model 2.0's, then Open Badges 3.0's.
pub const OB_CONTEXT: [&str; 2] = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
];

/// The JSON-LD contexts of a CLR 2.0 credential: VC 2.0's, CLR 2.0's, then Open Badges 3.0's
/// (whose terms its achievements use).
pub const CLR_CONTEXT: [&str; 3] = [
    "https://www.w3.org/ns/credentials/v2",
    "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json",
    "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
];

/// The schema a verifier checks an Open Badges 3.0 credential against.
pub const OB_SCHEMA: &str =
    "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";

/// The schema a verifier checks a CLR 2.0 credential against.
pub const CLR_SCHEMA: &str =
    "https://purl.imsglobal.org/spec/clr/v2p0/schema/json/clr_v2p0_clrcredential_schema.json";

/// How `credentialSchema` says which JSON Schema validates a credential.
pub const SCHEMA_VALIDATOR: &str = "1EdTechJsonSchemaValidator2019";

pub const VERIFIABLE_CREDENTIAL: &str = "VerifiableCredential";
pub const OPEN_BADGE_CREDENTIAL: &str = "OpenBadgeCredential";
pub const CLR_CREDENTIAL: &str = "ClrCredential";
pub const CLR_SUBJECT: &str = "ClrSubject";
pub const ACHIEVEMENT_SUBJECT: &str = "AchievementSubject";
pub const ACHIEVEMENT: &str = "Achievement";
pub const PROFILE: &str = "Profile";
pub const ALIGNMENT: &str = "Alignment";
pub const RESULT: &str = "Result";
pub const RESULT_DESCRIPTION: &str = "ResultDescription";
pub const RUBRIC_CRITERION_LEVEL: &str = "RubricCriterionLevel";
pub const EVIDENCE: &str = "Evidence";
pub const IDENTITY_OBJECT: &str = "IdentityObject";
pub const ASSOCIATION: &str = "Association";

/// `achievementType` of a competency from the framework.
pub const COMPETENCY: &str = "Competency";
/// `achievementType` of a profile dimension the learner rated themselves: an extension term, as
/// the schema allows (`ext:` names), so no reader takes it for a school's judgement.
pub const SELF_ASSESSMENT: &str = "ext:SelfAssessment";
/// `tag` of an achievement the learner rated themselves.
pub const SELF_ASSESSED_TAG: &str = "self-assessed";
/// `resultType` of a value on a numeric scale (a profile's self-rating).
pub const SCALED_SCORE: &str = "ScaledScore";
/// `targetType` of an alignment to a CASE item.
pub const CASE_ITEM: &str = "CFItem";
/// `resultType` of a result given as a level of a scale.
pub const RUBRIC_LEVEL_RESULT: &str = "RubricCriterionLevel";
/// `status` of a result: the achievement is earned, or the learner is on the way.
pub const COMPLETED: &str = "Completed";
pub const IN_PROGRESS: &str = "InProgress";
/// `identityType` of the learner's name, given unhashed (it is their own record).
pub const NAME_IDENTITY: &str = "name";
/// `associationType` between two achievements: one is to be reached before the other.
pub const PRECEDES: &str = "precedes";
