//! Every kind of problem the model reports, each with its key in the widgets' locale tables.
//!
//! A key's first part says which widget's module carries its words (`crates/learner-widgets/src/
//! i18n/modules.txt`): `problem.…` every module, `profile.problem.…`, `progress.problem.…`,
//! `progress.case.…` and `choice.problem.…` only that widget's, since only that widget's
//! documents can have them. The English sentence of each, and the `{name}`s it fills in, are in
//! `en.txt`; a test checks that every key here is in every shipped table.

/// Declares each kind as a constant of [`ProblemKey`], and [`ProblemKey::ALL`].
macro_rules! problem_keys {
    ($($(#[$doc:meta])* $name:ident = $key:literal,)*) => {
        impl ProblemKey {
            $($(#[$doc])* pub const $name: ProblemKey = ProblemKey($key);)*

            /// Every kind, for the test that each has its words in every table.
            pub const ALL: &[ProblemKey] = &[$(ProblemKey::$name,)*];
        }
    };
}

/// What is wrong, as a key of the widgets' locale tables. A constant per kind rather than an
/// enum: a widget's module then links the key texts of the problems its code can report, not
/// all of them (a `match` over every kind would keep every text in every module).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ProblemKey(&'static str);

impl ProblemKey {
    /// The key in the locale tables: `problem.used-twice`.
    pub fn as_str(self) -> &'static str {
        self.0
    }
}

problem_keys! {
    // Problems any document can have: its JSON, its shape, its schema, and checks every widget shares.
    /// must not be empty
    EMPTY = "problem.empty",
    /// "{id}" is used twice
    USED_TWICE = "problem.used-twice",
    /// "{value}" is not a date written YYYY-MM-DD
    NOT_A_DATE = "problem.not-a-date",
    /// "{value}" is not a URI (such as https://…, urn:…)
    NOT_A_URI = "progress.problem.not-a-uri",
    /// no competency has the id "{id}"
    UNKNOWN_COMPETENCY = "progress.problem.unknown-competency",
    /// no activity has the id "{id}"
    UNKNOWN_ACTIVITY = "choice.problem.unknown-activity",
    /// no dimension has the id "{id}"
    UNKNOWN_DIMENSION = "profile.problem.unknown-dimension",
    /// no section has the id "{id}"
    UNKNOWN_SECTION = "choice.problem.unknown-section",
    /// no learner has the id "{id}"
    UNKNOWN_LEARNER = "progress.problem.unknown-learner",
    /// holds {count}; at most {max} are allowed
    TOO_MANY = "problem.too-many",
    /// must list at least one learner
    NO_LEARNER = "problem.no-learner",
    /// expected "{expected}", found "{found}"
    SCHEMA_NOT_EXPECTED = "problem.schema-not-expected",
    /// {value} is not a finite number
    NOT_FINITE = "problem.not-finite",
    /// {value} must be above the level before it ({previous})
    LEVEL_NOT_ABOVE_PREVIOUS = "problem.level-not-above-previous",
    /// missing
    MISSING = "problem.missing",
    /// "{url}" must be an http or https link
    NOT_WEB_LINK = "progress.problem.not-web-link",
    /// "{url}" must be an http, https or mailto link
    NOT_WEB_OR_MAIL_LINK = "choice.problem.not-web-or-mail-link",
    /// expected value
    JSON_EXPECTED_VALUE = "problem.json.expected-value",
    /// EOF while parsing a value
    JSON_ENDS_IN_VALUE = "problem.json.ends-in-value",
    /// EOF while parsing a list
    JSON_ENDS_IN_LIST = "problem.json.ends-in-list",
    /// EOF while parsing an object
    JSON_ENDS_IN_OBJECT = "problem.json.ends-in-object",
    /// EOF while parsing a string
    JSON_ENDS_IN_STRING = "problem.json.ends-in-string",
    /// trailing characters
    JSON_TRAILING_CHARACTERS = "problem.json.trailing-characters",
    /// trailing comma
    JSON_TRAILING_COMMA = "problem.json.trailing-comma",
    /// key must be a string
    JSON_KEY_NOT_STRING = "problem.json.key-not-string",
    /// expected `:`
    JSON_EXPECTED_COLON = "problem.json.expected-colon",
    /// expected `,` or `]`
    JSON_EXPECTED_COMMA_OR_BRACKET = "problem.json.expected-comma-or-bracket",
    /// expected `,` or `}`
    JSON_EXPECTED_COMMA_OR_BRACE = "problem.json.expected-comma-or-brace",
    /// expected ident
    JSON_EXPECTED_IDENT = "problem.json.expected-ident",
    /// invalid number
    JSON_INVALID_NUMBER = "problem.json.invalid-number",
    /// number out of range
    JSON_NUMBER_OUT_OF_RANGE = "problem.json.number-out-of-range",
    /// invalid escape
    JSON_INVALID_ESCAPE = "problem.json.invalid-escape",
    /// recursion limit exceeded
    JSON_TOO_DEEP = "problem.json.too-deep",
    /// the text is not valid JSON ({reason}, line {line} column {column})
    NOT_JSON = "problem.not-json",
    /// unknown variant `{name}`, expected one of {allowed}
    UNKNOWN_VARIANT = "problem.unknown-variant",
    /// unknown field `{name}`, expected one of {allowed}
    UNKNOWN_FIELD = "problem.unknown-field",
    /// duplicate field `{name}`
    DUPLICATE_FIELD = "problem.duplicate-field",
    /// {detail}
    WRONG_SHAPE = "problem.wrong-shape",
    /// invalid type: {found}, expected {expected}
    WRONG_TYPE = "problem.wrong-type",
    /// a number
    EXPECTED_NUMBER = "problem.expected.number",
    /// a whole number from 0
    EXPECTED_WHOLE_NUMBER = "problem.expected.whole-number",
    /// a string
    EXPECTED_TEXT = "problem.expected.text",
    /// a boolean
    EXPECTED_BOOLEAN = "problem.expected.boolean",
    /// a list
    EXPECTED_LIST = "problem.expected.list",
    /// an object
    EXPECTED_OBJECT = "problem.expected.object",
    /// expected "{one}" or "{other}", found "{found}"
    SCHEMA_NEITHER_EXPECTED = "problem.schema-neither-expected",
    /// expected a JSON object with "schema": "{expected}"
    NOT_AN_OBJECT = "problem.not-an-object",
    /// expected the text "{expected}", found {found}
    SCHEMA_NOT_TEXT = "problem.schema-not-text",
    /// expected the text "{expected}", found an object
    SCHEMA_IS_OBJECT = "problem.schema-is-object",
    /// expected the text "{expected}", found a list
    SCHEMA_IS_LIST = "problem.schema-is-list",
    /// missing; expected "{expected}"
    SCHEMA_MISSING = "problem.schema-missing",
    // A learner's record (Open Badges / CLR credentials), made on demand.
    /// "{value}" has a fragment (#…): give the issuer's URI without one
    RECORD_ISSUER_FRAGMENT = "record.problem.issuer-fragment",
    /// "{value}" is not an email address
    RECORD_NOT_AN_EMAIL = "record.problem.not-an-email",
    /// "{value}" is not a date and time such as 2026-12-05T09:30:00Z
    RECORD_NOT_A_MOMENT = "record.problem.not-a-moment",
    /// there is no evidence yet, so there is nothing to put in a record
    RECORD_NO_EVIDENCE = "record.problem.no-evidence",
    /// missing: a credential names the framework item it stands for by its URI (a CASE item's uri, which importCase() gives)
    RECORD_NO_URI = "record.problem.no-uri",
    /// nothing is mastered yet; to record the competencies started, set include to "started"
    RECORD_NOTHING_MASTERED = "record.problem.nothing-mastered",
    /// no dimension has a self-rating, so the profile adds nothing to the record
    RECORD_NO_SELF_RATINGS = "record.problem.no-self-ratings",
    /// "{value}" is another learner: a record holds only its own learner's work
    RECORD_OTHER_LEARNER = "record.problem.other-learner",

    /// {value}n is a BigInt, which JSON cannot hold: give a number
    UNWRITABLE_BIGINT = "problem.unwritable-bigint",
    /// refers back to an object that contains it (a cycle), which JSON cannot hold
    UNWRITABLE_CYCLE = "problem.unwritable-cycle",
    /// reading it threw ({error})
    UNWRITABLE_UNREADABLE = "problem.unwritable-unreadable",

    // A learner profile's and a roster's values (`<learner-profile>`).
    /// {date} has two snapshots
    TWO_SNAPSHOTS = "profile.problem.two-snapshots",
    /// {max} must be greater than scale.min {min}
    MAX_NOT_ABOVE_MIN = "profile.problem.max-not-above-min",
    /// {step} must be above 0
    STEP_NOT_POSITIVE = "profile.problem.step-not-positive",
    /// {step} is larger than the whole scale
    STEP_TOO_LARGE = "profile.problem.step-too-large",
    /// must list at least one dimension
    NO_DIMENSION = "profile.problem.no-dimension",
    /// "{group}" is not one of the groups ({groups})
    NOT_A_GROUP = "profile.problem.not-a-group",
    /// {value} must be between 0 and 1
    CONFIDENCE_OUTSIDE = "profile.problem.confidence-outside",
    /// low {low} is above high {high}
    RANGE_REVERSED = "profile.problem.range-reversed",
    /// {low}–{high} does not contain the value {value}
    RANGE_MISSES_VALUE = "profile.problem.range-misses-value",
    /// {value} is below the scale minimum {min}
    BELOW_SCALE = "profile.problem.below-scale",
    /// {value} is above the scale maximum {max}
    ABOVE_SCALE = "profile.problem.above-scale",
    /// {value} is outside the scale {min}–{max}
    OUTSIDE_SCALE = "profile.problem.outside-scale",

    // A progress document's and a class's values, and their edits (`<learner-progress>`).
    /// there is no goal {number}
    NO_SUCH_GOAL = "progress.problem.no-such-goal",
    /// a class needs the id of the learner the evidence is for
    CLASS_NEEDS_LEARNER = "progress.problem.class-needs-learner",
    /// must be after pacing.start
    END_NOT_AFTER_START = "progress.problem.end-not-after-start",
    /// {value} is off the scale {min}–{max}
    OFF_SCALE = "progress.problem.off-scale",
    /// must give a reason
    NO_REASON = "progress.problem.no-reason",
    /// must list at least two levels
    TOO_FEW_LEVELS = "progress.problem.too-few-levels",
    /// must be a finite number
    MUST_BE_FINITE = "progress.problem.must-be-finite",
    /// no level is marked "mastery": true
    NO_MASTERY_LEVEL = "progress.problem.no-mastery-level",
    /// {count} levels are marked mastery; mark one
    SEVERAL_MASTERY_LEVELS = "progress.problem.several-mastery-levels",
    /// must list at least one competency
    NO_COMPETENCY = "progress.problem.no-competency",
    /// a competency cannot be its own parent
    OWN_PARENT = "progress.problem.own-parent",
    /// parents go round in a cycle: {ids}
    PARENT_CYCLE = "progress.problem.parent-cycle",
    /// prerequisites go round in a cycle: {ids}
    PREREQUISITE_CYCLE = "progress.problem.prerequisite-cycle",
    /// rate {rate} must be above 0 and at most 1
    RATE_OUTSIDE = "progress.problem.rate-outside",
    /// weight {weight} must be from 0 to 1
    WEIGHT_OUTSIDE = "progress.problem.weight-outside",
    /// n must be at least 1
    TIMES_ZERO = "progress.problem.times-zero",

    // A choice board's parts and rules, and its edits (`<learner-choice-board>`).
    /// must list at least one activity
    NO_ACTIVITY = "choice.problem.no-activity",
    /// a grid needs at least one row
    NO_ROW = "choice.problem.no-row",
    /// a grid needs at least one column
    NO_COLUMN = "choice.problem.no-column",
    /// a {rows} × {columns} grid needs {cells} activities, one a cell; this board has {count}
    GRID_CELLS = "choice.problem.grid-cells",
    /// {points} must be a number from 0
    POINTS_NEGATIVE = "choice.problem.points-negative",
    /// {points} is more than a board can count (at most {max})
    POINTS_TOO_MANY = "choice.problem.points-too-many",
    /// "{id}" is picked twice
    PICKED_TWICE = "choice.problem.picked-twice",
    /// "{title}" is not a free-choice activity
    NOT_FREE_CHOICE = "choice.problem.not-free-choice",
    /// "{id}" has two proposals
    TWO_PROPOSALS = "choice.problem.two-proposals",
    /// this rule is listed twice
    RULE_TWICE = "choice.problem.rule-twice",
    /// one per row needs a grid layout; this board is a {layout}
    ONE_PER_ROW_NEEDS_GRID = "choice.problem.one-per-row-needs-grid",
    /// one per column needs a grid layout; this board is a {layout}
    ONE_PER_COLUMN_NEEDS_GRID = "choice.problem.one-per-column-needs-grid",
    /// a line needs a grid layout; this board is a {layout}
    LINE_NEEDS_GRID = "choice.problem.line-needs-grid",
    /// a free centre needs a grid layout; this board is a {layout}
    FREE_CENTRE_NEEDS_GRID = "choice.problem.free-centre-needs-grid",
    /// no activity is a free choice, so there is nothing to approve
    NOTHING_TO_APPROVE = "choice.problem.nothing-to-approve",
    /// a line needs a length of at least 1
    LINE_TOO_SHORT = "choice.problem.line-too-short",
    /// a line of {length} cannot fit on a {rows} × {columns} board
    LINE_TOO_LONG = "choice.problem.line-too-long",
    /// a {rows} × {columns} board has no centre cell: it needs an odd number of rows and of columns
    NO_CENTRE = "choice.problem.no-centre",
    /// give a min, a max or both
    NO_BOUND = "choice.problem.no-bound",
    /// the minimum ({min}) is more than the maximum ({max})
    MIN_ABOVE_MAX = "choice.problem.min-above-max",
    /// asks for {min} picks but the board has {count} activities
    PICKS_MORE_THAN_BOARD = "choice.problem.picks-more-than-board",
    /// must be a number from 0
    NOT_FROM_ZERO = "choice.problem.not-from-zero",
    /// give a min, a max or an exact number of points
    NO_POINTS_BOUND = "choice.problem.no-points-bound",
    /// give either exact or min and max, not both
    EXACT_AND_BOUNDS = "choice.problem.exact-and-bounds",
    /// a target of {target} points is more than all the activities together are worth ({total})
    TARGET_ABOVE_TOTAL = "choice.problem.target-above-total",
    /// asks for {min} from {section} but it has {count} activity/activities
    SECTION_TOO_SMALL = "choice.problem.section-too-small",
    /// must be a whole number from 0
    NOT_WHOLE_FROM_ZERO = "choice.problem.not-whole-from-zero",
    /// no set of activities adds up to exactly {points} points
    NEVER_EXACTLY = "choice.problem.never-exactly",
    /// no set of activities adds up to between {min} and {max} points
    NEVER_BETWEEN = "choice.problem.never-between",
    /// no set of activities adds up to at least {points} points
    NEVER_AT_LEAST = "choice.problem.never-at-least",
    /// no set of activities adds up to at most {points} points
    NEVER_AT_MOST = "choice.problem.never-at-most",
    /// no choice of activities meets this rule together with the others
    RULE_CONFLICTS = "choice.problem.rule-conflicts",
    /// the required activities cannot all be picked while the rules are met
    REQUIRED_CONFLICT = "choice.problem.required-conflict",
    /// no choice of activities meets all these rules together
    RULES_CONFLICT = "choice.problem.rules-conflict",
    /// asks for at least {min} picks, but with one per row and one per column a learner can pick at most {limit}
    PICKS_ABOVE_ROWS_AND_COLUMNS = "choice.problem.picks-above-rows-and-columns",
    /// asks for at least {min} picks, but with one per row a learner can pick at most {limit}
    PICKS_ABOVE_ROWS = "choice.problem.picks-above-rows",
    /// asks for at least {min} picks, but with one per column a learner can pick at most {limit}
    PICKS_ABOVE_COLUMNS = "choice.problem.picks-above-columns",
    /// "{id}" is not picked
    NOT_PICKED = "choice.problem.not-picked",
    /// work that is {from} cannot become {to}
    STATUS_CANNOT_MOVE = "choice.problem.status-cannot-move",
    /// your teacher needs to approve your idea before you start
    APPROVE_FIRST = "choice.problem.approve-first",
    /// "{id}" is already picked
    ALREADY_PICKED = "choice.problem.already-picked",
    /// submitted work stays picked: ask your teacher
    SUBMITTED_STAYS = "choice.problem.submitted-stays",
    /// say what to change when returning work
    FEEDBACK_WORK = "choice.problem.feedback-work",
    /// only a free-choice activity takes your own idea
    OWN_IDEA_NOT_FREE = "choice.problem.own-idea-not-free",
    /// give your idea a title
    IDEA_TITLE = "choice.problem.idea-title",
    /// "{id}" has no proposal
    NO_PROPOSAL = "choice.problem.no-proposal",
    /// say what to change when returning an idea
    FEEDBACK_IDEA = "choice.problem.feedback-idea",
    /// there is no position {position} on this board
    NO_SUCH_POSITION = "choice.problem.no-such-position",

    // A CASE package read by `importCase()`, and the notes on what it skipped (`<learner-progress>`).
    /// expected a CASE package (a JSON object)
    CASE_NOT_AN_OBJECT = "progress.case.not-an-object",
    /// expected an object: the package
    CASE_PACKAGE_NOT_AN_OBJECT = "progress.case.package-not-an-object",
    /// missing; a CASE package lists its items in CFItems
    CASE_NO_ITEMS = "progress.case.no-items",
    /// expected an object
    CASE_ITEM_NOT_AN_OBJECT = "progress.case.item-not-an-object",
    /// not an object; skipped
    CASE_NOTE_NOT_AN_OBJECT = "progress.case.note-not-an-object",
    /// {kind} points outside the package ({target}); skipped
    CASE_NOTE_OUTSIDE = "progress.case.note-outside",
    /// {kind} points outside the package (nothing); skipped
    CASE_NOTE_NO_TARGET = "progress.case.note-no-target",
    /// exemplar without a web link; skipped
    CASE_NOTE_NO_WEB_LINK = "progress.case.note-no-web-link",
    /// this is an error answer from a CASE server (imsx_codeMajor {major}), not a package; check the framework's identifier and the server's access, then fetch {request} again
    CASE_ERROR_ANSWER = "progress.case.error-answer",
    /// this is an error answer from a CASE server (imsx_codeMajor {major}: "{said}"), not a package; check the framework's identifier and the server's access, then fetch {request} again
    CASE_ERROR_ANSWER_SAYING = "progress.case.error-answer-saying",
    /// this is a list of {count} CASE documents (CFDocuments), not a package; fetch the package of the one you want with {request}
    CASE_DOCUMENT_LIST = "progress.case.document-list",
    /// this is a list of {count} CASE documents (CFDocuments), not a package; fetch the package of the one you want with {request}, such as {examples}
    CASE_DOCUMENT_LIST_SUCH_AS = "progress.case.document-list-such-as",
    /// this is one CASE document (a CFDocument, the framework's header) without its items, not a package; fetch its package with {request}
    CASE_ONE_DOCUMENT = "progress.case.one-document",
    /// this is one CASE document "{title}" (a CFDocument, the framework's header) without its items, not a package; fetch its package with {request}
    CASE_ONE_DOCUMENT_TITLED = "progress.case.one-document-titled",
    /// this is one CASE item (a CFItem), not a package; fetch the package of its framework with {request}
    CASE_ONE_ITEM = "progress.case.one-item",
    /// this is one CASE item ({code}) (a CFItem), not a package; fetch the package of its framework with {request}
    CASE_ONE_ITEM_CODED = "progress.case.one-item-coded",
}
