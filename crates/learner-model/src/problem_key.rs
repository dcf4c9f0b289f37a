//! Every kind of problem the model reports, each with its key in the widgets' locale tables.
//!
//! A key's first part says which widget's module carries its words (`crates/learner-widgets/src/
//! i18n/modules.txt`): `problem.…` every module, `profile.problem.…`, `progress.problem.…`,
//! `progress.case.…` and `choice.problem.…` only that widget's, since only that widget's
//! documents can have them. The English sentence of each, and the `{name}`s it fills in, are in
//! `en.txt`; a test checks that every key here is in every shipped table.

/// Declares [`ProblemKey`] with each kind's key, and [`ProblemKey::ALL`].
macro_rules! problem_keys {
    ($($(#[$doc:meta])* $name:ident = $key:literal,)*) => {
        /// What is wrong, as a key of the widgets' locale tables.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum ProblemKey {
            $($(#[$doc])* $name,)*
        }

        impl ProblemKey {
            /// Every kind, for the test that each has its words in every table.
            pub const ALL: &[ProblemKey] = &[$(ProblemKey::$name,)*];

            /// The key in the locale tables: `problem.used-twice`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(ProblemKey::$name => $key,)*
                }
            }
        }
    };
}

problem_keys! {
    // Problems any document can have: its JSON, its shape, its schema, and checks every widget shares.
    /// must not be empty
    Empty = "problem.empty",
    /// "{id}" is used twice
    UsedTwice = "problem.used-twice",
    /// "{value}" is not a date written YYYY-MM-DD
    NotADate = "problem.not-a-date",
    /// no competency has the id "{id}"
    UnknownCompetency = "problem.unknown-competency",
    /// no activity has the id "{id}"
    UnknownActivity = "problem.unknown-activity",
    /// no dimension has the id "{id}"
    UnknownDimension = "problem.unknown-dimension",
    /// no section has the id "{id}"
    UnknownSection = "problem.unknown-section",
    /// no learner has the id "{id}"
    UnknownLearner = "problem.unknown-learner",
    /// holds {count}; at most {max} are allowed
    TooMany = "problem.too-many",
    /// must list at least one learner
    NoLearner = "problem.no-learner",
    /// expected "{expected}", found "{found}"
    SchemaNotExpected = "problem.schema-not-expected",
    /// {value} is not a finite number
    NotFinite = "problem.not-finite",
    /// {value} must be above the level before it ({previous})
    LevelNotAbovePrevious = "problem.level-not-above-previous",
    /// missing
    Missing = "problem.missing",
    /// "{url}" must be an http or https link
    NotWebLink = "problem.not-web-link",
    /// "{url}" must be an http, https or mailto link
    NotWebOrMailLink = "problem.not-web-or-mail-link",
    /// the text is not valid JSON (expected value, line {line} column {column})
    JsonExpectedValue = "problem.json.expected-value",
    /// the text is not valid JSON (EOF while parsing a value, line {line} column {column})
    JsonEndsInValue = "problem.json.ends-in-value",
    /// the text is not valid JSON (EOF while parsing a list, line {line} column {column})
    JsonEndsInList = "problem.json.ends-in-list",
    /// the text is not valid JSON (EOF while parsing an object, line {line} column {column})
    JsonEndsInObject = "problem.json.ends-in-object",
    /// the text is not valid JSON (EOF while parsing a string, line {line} column {column})
    JsonEndsInString = "problem.json.ends-in-string",
    /// the text is not valid JSON (trailing characters, line {line} column {column})
    JsonTrailingCharacters = "problem.json.trailing-characters",
    /// the text is not valid JSON (trailing comma, line {line} column {column})
    JsonTrailingComma = "problem.json.trailing-comma",
    /// the text is not valid JSON (key must be a string, line {line} column {column})
    JsonKeyNotString = "problem.json.key-not-string",
    /// the text is not valid JSON (expected `:`, line {line} column {column})
    JsonExpectedColon = "problem.json.expected-colon",
    /// the text is not valid JSON (expected `,` or `]`, line {line} column {column})
    JsonExpectedCommaOrBracket = "problem.json.expected-comma-or-bracket",
    /// the text is not valid JSON (expected `,` or `}`, line {line} column {column})
    JsonExpectedCommaOrBrace = "problem.json.expected-comma-or-brace",
    /// the text is not valid JSON (expected ident, line {line} column {column})
    JsonExpectedIdent = "problem.json.expected-ident",
    /// the text is not valid JSON (invalid number, line {line} column {column})
    JsonInvalidNumber = "problem.json.invalid-number",
    /// the text is not valid JSON (number out of range, line {line} column {column})
    JsonNumberOutOfRange = "problem.json.number-out-of-range",
    /// the text is not valid JSON (invalid escape, line {line} column {column})
    JsonInvalidEscape = "problem.json.invalid-escape",
    /// the text is not valid JSON (recursion limit exceeded, line {line} column {column})
    JsonTooDeep = "problem.json.too-deep",
    /// the text is not valid JSON ({detail}, line {line} column {column})
    NotJson = "problem.not-json",
    /// unknown variant `{name}`, expected one of {allowed}
    UnknownVariant = "problem.unknown-variant",
    /// unknown field `{name}`, expected one of {allowed}
    UnknownField = "problem.unknown-field",
    /// duplicate field `{name}`
    DuplicateField = "problem.duplicate-field",
    /// {detail}
    WrongShape = "problem.wrong-shape",
    /// invalid type: {found}, expected {expected}
    WrongType = "problem.wrong-type",
    /// invalid type: {found}, expected a number
    ExpectedNumber = "problem.expected-number",
    /// invalid type: {found}, expected a whole number from 0
    ExpectedWholeNumber = "problem.expected-whole-number",
    /// invalid type: {found}, expected a string
    ExpectedText = "problem.expected-text",
    /// invalid type: {found}, expected a boolean
    ExpectedBoolean = "problem.expected-boolean",
    /// invalid type: {found}, expected a list
    ExpectedList = "problem.expected-list",
    /// invalid type: {found}, expected an object
    ExpectedObject = "problem.expected-object",
    /// expected "{one}" or "{other}", found "{found}"
    SchemaNeitherExpected = "problem.schema-neither-expected",
    /// expected a JSON object with "schema": "{expected}"
    NotAnObject = "problem.not-an-object",
    /// expected the text "{expected}", found {found}
    SchemaNotText = "problem.schema-not-text",
    /// expected the text "{expected}", found an object
    SchemaIsObject = "problem.schema-is-object",
    /// expected the text "{expected}", found a list
    SchemaIsList = "problem.schema-is-list",
    /// missing; expected "{expected}"
    SchemaMissing = "problem.schema-missing",
    /// {detail}
    Unwritable = "problem.unwritable",

    // A learner profile's and a roster's values (`<learner-profile>`).
    /// {date} has two snapshots
    TwoSnapshots = "profile.problem.two-snapshots",
    /// {max} must be greater than scale.min {min}
    MaxNotAboveMin = "profile.problem.max-not-above-min",
    /// {step} must be above 0
    StepNotPositive = "profile.problem.step-not-positive",
    /// {step} is larger than the whole scale
    StepTooLarge = "profile.problem.step-too-large",
    /// must list at least one dimension
    NoDimension = "profile.problem.no-dimension",
    /// "{group}" is not one of the groups ({groups})
    NotAGroup = "profile.problem.not-a-group",
    /// {value} must be between 0 and 1
    ConfidenceOutside = "profile.problem.confidence-outside",
    /// low {low} is above high {high}
    RangeReversed = "profile.problem.range-reversed",
    /// {low}–{high} does not contain the value {value}
    RangeMissesValue = "profile.problem.range-misses-value",
    /// {value} is below the scale minimum {min}
    BelowScale = "profile.problem.below-scale",
    /// {value} is above the scale maximum {max}
    AboveScale = "profile.problem.above-scale",
    /// {value} is outside the scale {min}–{max}
    OutsideScale = "profile.problem.outside-scale",

    // A progress document's and a class's values, and their edits (`<learner-progress>`).
    /// there is no goal {number}
    NoSuchGoal = "progress.problem.no-such-goal",
    /// a class needs the id of the learner the evidence is for
    ClassNeedsLearner = "progress.problem.class-needs-learner",
    /// must be after pacing.start
    EndNotAfterStart = "progress.problem.end-not-after-start",
    /// {value} is off the scale {min}–{max}
    OffScale = "progress.problem.off-scale",
    /// must give a reason
    NoReason = "progress.problem.no-reason",
    /// must list at least two levels
    TooFewLevels = "progress.problem.too-few-levels",
    /// must be a finite number
    MustBeFinite = "progress.problem.must-be-finite",
    /// no level is marked "mastery": true
    NoMasteryLevel = "progress.problem.no-mastery-level",
    /// {count} levels are marked mastery; mark one
    SeveralMasteryLevels = "progress.problem.several-mastery-levels",
    /// must list at least one competency
    NoCompetency = "progress.problem.no-competency",
    /// a competency cannot be its own parent
    OwnParent = "progress.problem.own-parent",
    /// parents go round in a cycle: {ids}
    ParentCycle = "progress.problem.parent-cycle",
    /// prerequisites go round in a cycle: {ids}
    PrerequisiteCycle = "progress.problem.prerequisite-cycle",
    /// rate {rate} must be above 0 and at most 1
    RateOutside = "progress.problem.rate-outside",
    /// weight {weight} must be from 0 to 1
    WeightOutside = "progress.problem.weight-outside",
    /// n must be at least 1
    TimesZero = "progress.problem.times-zero",

    // A choice board's parts and rules, and its edits (`<learner-choice-board>`).
    /// must list at least one activity
    NoActivity = "choice.problem.no-activity",
    /// a grid needs at least one row
    NoRow = "choice.problem.no-row",
    /// a grid needs at least one column
    NoColumn = "choice.problem.no-column",
    /// a {rows} × {columns} grid needs {cells} activities, one a cell; this board has {count}
    GridCells = "choice.problem.grid-cells",
    /// {points} must be a number from 0
    PointsNegative = "choice.problem.points-negative",
    /// {points} is more than a board can count (at most {max})
    PointsTooMany = "choice.problem.points-too-many",
    /// "{id}" is picked twice
    PickedTwice = "choice.problem.picked-twice",
    /// "{title}" is not a free-choice activity
    NotFreeChoice = "choice.problem.not-free-choice",
    /// "{id}" has two proposals
    TwoProposals = "choice.problem.two-proposals",
    /// this rule is listed twice
    RuleTwice = "choice.problem.rule-twice",
    /// one per row needs a grid layout; this board is a {layout}
    OnePerRowNeedsGrid = "choice.problem.one-per-row-needs-grid",
    /// one per column needs a grid layout; this board is a {layout}
    OnePerColumnNeedsGrid = "choice.problem.one-per-column-needs-grid",
    /// a line needs a grid layout; this board is a {layout}
    LineNeedsGrid = "choice.problem.line-needs-grid",
    /// a free centre needs a grid layout; this board is a {layout}
    FreeCentreNeedsGrid = "choice.problem.free-centre-needs-grid",
    /// no activity is a free choice, so there is nothing to approve
    NothingToApprove = "choice.problem.nothing-to-approve",
    /// a line needs a length of at least 1
    LineTooShort = "choice.problem.line-too-short",
    /// a line of {length} cannot fit on a {rows} × {columns} board
    LineTooLong = "choice.problem.line-too-long",
    /// a {rows} × {columns} board has no centre cell: it needs an odd number of rows and of columns
    NoCentre = "choice.problem.no-centre",
    /// give a min, a max or both
    NoBound = "choice.problem.no-bound",
    /// the minimum ({min}) is more than the maximum ({max})
    MinAboveMax = "choice.problem.min-above-max",
    /// asks for {min} picks but the board has {count} activities
    PicksMoreThanBoard = "choice.problem.picks-more-than-board",
    /// must be a number from 0
    NotFromZero = "choice.problem.not-from-zero",
    /// give a min, a max or an exact number of points
    NoPointsBound = "choice.problem.no-points-bound",
    /// give either exact or min and max, not both
    ExactAndBounds = "choice.problem.exact-and-bounds",
    /// a target of {target} points is more than all the activities together are worth ({total})
    TargetAboveTotal = "choice.problem.target-above-total",
    /// asks for {min} from {section} but it has {count} activity/activities
    SectionTooSmall = "choice.problem.section-too-small",
    /// must be a whole number from 0
    NotWholeFromZero = "choice.problem.not-whole-from-zero",
    /// no set of activities adds up to exactly {points} points
    NeverExactly = "choice.problem.never-exactly",
    /// no set of activities adds up to between {min} and {max} points
    NeverBetween = "choice.problem.never-between",
    /// no set of activities adds up to at least {points} points
    NeverAtLeast = "choice.problem.never-at-least",
    /// no set of activities adds up to at most {points} points
    NeverAtMost = "choice.problem.never-at-most",
    /// no choice of activities meets this rule together with the others
    RuleConflicts = "choice.problem.rule-conflicts",
    /// the required activities cannot all be picked while the rules are met
    RequiredConflict = "choice.problem.required-conflict",
    /// no choice of activities meets all these rules together
    RulesConflict = "choice.problem.rules-conflict",
    /// asks for at least {min} picks, but with one per row and one per column a learner can pick at most {limit}
    PicksAboveRowsAndColumns = "choice.problem.picks-above-rows-and-columns",
    /// asks for at least {min} picks, but with one per row a learner can pick at most {limit}
    PicksAboveRows = "choice.problem.picks-above-rows",
    /// asks for at least {min} picks, but with one per column a learner can pick at most {limit}
    PicksAboveColumns = "choice.problem.picks-above-columns",
    /// "{id}" is not picked
    NotPicked = "choice.problem.not-picked",
    /// work that is {from} cannot become {to}
    StatusCannotMove = "choice.problem.status-cannot-move",
    /// your teacher needs to approve your idea before you start
    ApproveFirst = "choice.problem.approve-first",
    /// "{id}" is already picked
    AlreadyPicked = "choice.problem.already-picked",
    /// submitted work stays picked: ask your teacher
    SubmittedStays = "choice.problem.submitted-stays",
    /// say what to change when returning work
    FeedbackWork = "choice.problem.feedback-work",
    /// only a free-choice activity takes your own idea
    OwnIdeaNotFree = "choice.problem.own-idea-not-free",
    /// give your idea a title
    IdeaTitle = "choice.problem.idea-title",
    /// "{id}" has no proposal
    NoProposal = "choice.problem.no-proposal",
    /// say what to change when returning an idea
    FeedbackIdea = "choice.problem.feedback-idea",
    /// there is no position {position} on this board
    NoSuchPosition = "choice.problem.no-such-position",

    // A CASE package read by `importCase()`, and the notes on what it skipped (`<learner-progress>`).
    /// expected a CASE package (a JSON object)
    CaseNotAnObject = "progress.case.not-an-object",
    /// expected an object: the package
    CasePackageNotAnObject = "progress.case.package-not-an-object",
    /// missing; a CASE package lists its items in CFItems
    CaseNoItems = "progress.case.no-items",
    /// expected an object
    CaseItemNotAnObject = "progress.case.item-not-an-object",
    /// not an object; skipped
    CaseNoteNotAnObject = "progress.case.note-not-an-object",
    /// {kind} points outside the package ({target}); skipped
    CaseNoteOutside = "progress.case.note-outside",
    /// {kind} points outside the package (nothing); skipped
    CaseNoteNoTarget = "progress.case.note-no-target",
    /// exemplar without a web link; skipped
    CaseNoteNoWebLink = "progress.case.note-no-web-link",
    /// this is an error answer from a CASE server (imsx_codeMajor {major}), not a package; check the framework's identifier and the server's access, then fetch {request} again
    CaseErrorAnswer = "progress.case.error-answer",
    /// this is an error answer from a CASE server (imsx_codeMajor {major}: "{said}"), not a package; check the framework's identifier and the server's access, then fetch {request} again
    CaseErrorAnswerSaying = "progress.case.error-answer-saying",
    /// this is a list of {count} CASE documents (CFDocuments), not a package; fetch the package of the one you want with {request}
    CaseDocumentList = "progress.case.document-list",
    /// this is a list of {count} CASE documents (CFDocuments), not a package; fetch the package of the one you want with {request}, such as {examples}
    CaseDocumentListSuchAs = "progress.case.document-list-such-as",
    /// this is one CASE document (a CFDocument, the framework's header) without its items, not a package; fetch its package with {request}
    CaseOneDocument = "progress.case.one-document",
    /// this is one CASE document "{title}" (a CFDocument, the framework's header) without its items, not a package; fetch its package with {request}
    CaseOneDocumentTitled = "progress.case.one-document-titled",
    /// this is one CASE item (a CFItem), not a package; fetch the package of its framework with {request}
    CaseOneItem = "progress.case.one-item",
    /// this is one CASE item ({code}) (a CFItem), not a package; fetch the package of its framework with {request}
    CaseOneItemCoded = "progress.case.one-item-coded",
}
