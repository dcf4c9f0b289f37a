// Types for the learner widgets' elements, events and documents. Written by `cargo xtask api` from
// the elements' description (crates/learner-embed/api/) and the documents' JSON Schemas: edit
// those, not this file.

export interface Problem {
  /** The field's path, e.g. `dimensions[3].value`; empty for the whole document. */
  path: string;
  message: string;
}

export interface LearnerErrorDetail {
  code:
    | 'invalid-json' | 'invalid-shape' | 'unsupported-schema' | 'invalid-document'
    | 'export-failed' | 'storage-corrupt' | 'storage-conflict' | 'storage-quota' | 'storage-unavailable'
    | 'src-not-allowed' | 'src-failed' | 'module-failed' | 'module-stopped' | 'words-failed' | 'page-unsupported' | 'tag-taken'
    | 'invalid-attribute' | 'cannot-issue' | 'record-failed' | 'plan-failed';
  /** The first problem as one line. */
  message: string;
  path: string;
  problems: Problem[];
}

export interface LearnerChangeDetail<D, C> {
  /** The whole document after the change. */
  document: D;
  change: C;
}

export interface LearnerEmbedCodeDetail<D> {
  /** The element's tag, as embed.html's `element` takes it. */
  element: string;
  /** The document the teacher made. */
  document: D;
}

/** An xAPI 1.0.3 statement. */
export interface XapiStatement {
  id: string;
  actor: { objectType: 'Agent'; account: { homePage: string; name: string } };
  verb: { id: string; display: Record<string, string> };
  object: { objectType: 'Activity'; id: string; definition: { name: Record<string, string>; type: string } };
  result?: { score?: { raw: number; min: number; max: number; scaled: number }; response?: string };
  timestamp: string;
  context: { platform: string; language: string };
}

/** What a learner's record holds and who issues it (`exportRecord(options)`). */
export interface RecordOptions {
  /** The school or organisation that signs the record. Defaults to the record-issuer attributes. */
  issuer?: { id: string; name: string; url?: string; email?: string };
  /** The competencies mastered (the default), or also those started. */
  include?: 'mastered' | 'started';
  /** RFC 3339, e.g. `2026-12-05T09:30:00Z`; by default, now. */
  validFrom?: string;
  /** The learner's own URI (a DID), when the host knows one; otherwise the learner is named. */
  learnerId?: string;
  /** The same learner's profile: each dimension they rated becomes an achievement marked self-assessed. */
  selfAssessed?: LearnerProfileDocument;
}

/** A learner's record, unsigned: an Open Badges 3.0 `ClrCredential` (CLR 2.0) and the `OpenBadgeCredential`s it holds. */
export interface LearnerRecord {
  clr: { '@context': string[]; id: string; type: string[]; name: string; [field: string]: unknown };
  credentials: Array<{ '@context': string[]; id: string; type: string[]; name: string; [field: string]: unknown }>;
}

export interface LearnerRecordDetail extends LearnerRecord {
  /** Hand back the record your server signed (an object, or a VC-JWT string): the widget downloads it. */
  respondWith(signed: Promise<object | string>): void;
}

/** The attributes every element takes, as HTML gives them (text). */
export interface LearnerAttributes {
  /** The document as JSON text. */
  data?: string;
  /**
   * host: the host owns the document; local: kept in this browser's localStorage under storage-key.
   */
  storage?: 'host' | 'local';
  /**
   * With storage="local": the name the document is kept under (namespaced learner-widgets:<key>).
   */
  'storage-key'?: string;
  /**
   * The document's URL; this page's origin only, unless listed in allow-origins. Failures fire
   * learner-error with code src-not-allowed or src-failed.
   */
  src?: string;
  /** Other origins src may load from, separated by spaces or commas. */
  'allow-origins'?: string;
  /**
   * The xAPI actor's account home page (with xapi-account-name); else an anonymous id kept in this
   * browser.
   */
  'xapi-account-homepage'?: string;
  /** The xAPI actor's account name. */
  'xapi-account-name'?: string;
  /** The IRI base for xAPI object ids; default: this page's origin + /learner-widgets/. */
  'xapi-base'?: string;
  /**
   * A preset of the --learner-* custom properties, with its color-scheme; the host's CSS on the
   * element still wins.
   */
  theme?: 'light' | 'dark' | 'high-contrast';
}

/** Each event every element fires, with its `detail`: `D` is the element's documents, `C` its change. */
export interface LearnerEvents<D, C> {
  /**
   * The learner (or, in mode="teacher", the teacher) changed the document: detail { document,
   * change }, the whole document after the change and what changed. Bubbles and is composed; never
   * fired for data the host sets.
   */
  'learner-change': LearnerChangeDetail<D, C>;
  /**
   * A document given to the element was refused, or a download failed. Bubbles and is composed.
   * Also for storage trouble: code storage-corrupt, storage-conflict, storage-quota or
   * storage-unavailable. Also module-failed (the element's wasm module could not be loaded; said in
   * its load-error part) and words-failed (its words in the element's language could not be loaded;
   * path lang; it speaks English). Also page-unsupported (the page lacks or has changed something
   * the widget cannot do without, such as Object.prototype.then; said in its load-error part) and
   * module-stopped (a fault in the element's wasm module, a trap, ended it: every element of that
   * module says so in its load-error part, and the page must be reloaded) and tag-taken (fired at
   * document: another library defined the tag first; path is the tag). And plan-failed
   * (<learner-progress>'s printPlan() could not print: said in its plan-error part).
   */
  'learner-error': LearnerErrorDetail;
  /**
   * An xAPI 1.0.3 statement (responded, commented, mastered) for the host to forward to its LRS.
   * Bubbles and is composed.
   */
  'learner-xapi': XapiStatement;
}

/** What every element has, `D` being its documents. */
interface LearnerElement<D> extends HTMLElement {
  /**
   * The element's document. Setting it (an object or JSON text) replaces the document; null clears
   * it. Reading it gives the current document, with the learner's edits, or null when there is none
   * or it was refused.
   */
  data: D | string | null;
  /** The current document as JSON text. */
  exportJson(): string;
  /**
   * Replaces the document after checking it; a refused document throws an Error with code, path and
   * problems, fires learner-error, and changes nothing.
   */
  importJson(text: string): void;
  /** With storage="local": removes the saved copy from this browser. */
  eraseStored(): void;
}

/** What the learner changed in mode="self": their rating or their note on a dimension. */
export type ProfileChange =
  | { type: 'self-rating'; dimension: string; value: number; previous: number | null }
  | { type: 'self-note'; dimension: string; note: string; previous: string | null };

/** `<learner-profile>`: a jagged learner profile. */
export interface LearnerProfileElement extends LearnerElement<LearnerProfileDocument | LearnerRosterDocument> {}

export interface LearnerProfileAttributes extends LearnerAttributes {
  /**
   * Which view to show. The learner can switch inside the widget; a new value from the host wins.
   */
  view?: 'radar' | 'profile' | 'table' | 'class';
  /**
   * 'self': the learner rates themself on each dimension and may add a note; each change fires
   * learner-change.
   */
  mode?: 'self';
}

/** What a teacher or learner changed: evidence added, a level set, a goal set or its status changed. */
export type ProgressChange =
  | { type: 'evidence-added'; competency: string; score: number; date: string; source: string; note: string | null; masteredNow: boolean }
  | { type: 'override'; competency: string; level: number; reason: string; masteredNow: boolean }
  | { type: 'goal-set'; goal: number; text: string; targetDate: string | null; competencies: string[] }
  | { type: 'goal-status'; goal: number; text: string | null; status: 'active' | 'met' | 'dropped' };

/** What printPlan() prints besides the tracker's own document. */
export interface PrintPlanOptions {
  /** A learner-profile/1 document (an object or its JSON text), or the id of a <learner-profile> on the page. */
  profile?: object | string;
  /** The plan's language; the element's when absent. */
  lang?: string;
  /** YYYY-MM-DD: the date the plan is dated and pace is judged on; the element's today when absent. */
  today?: string;
}

/** `<learner-progress>`: a competency progress tracker. */
export interface LearnerProgressElement extends LearnerElement<LearnerProgressDocument | LearnerProgressClassDocument> {
  /**
   * Adds one evidence entry to the shown document, checked and drawn at once (for a class, only
   * that learner's row is checked, rolled up and redrawn). A refused entry throws an Error with
   * code, path (evidence.score, learner…) and problems, fires learner-error, and changes nothing.
   * Fires no learner-change.
   */
  addEvidence(evidence: Evidence | string, learnerId?: string): void;
  /**
   * The learner's record in the standards other schools and employers read: one unsigned Open
   * Badges 3.0 OpenBadgeCredential per competency the learner has mastered (with include:
   * 'started', also per competency started, its result InProgress at the level reached), each
   * aligned to its CASE item (the competency's uri), bundled in one unsigned CLR 2.0 ClrCredential.
   * Loads the learner-record module the first time it is asked for. Rejects with an Error whose
   * code is cannot-issue (no issuer, a competency to issue without a uri, nothing to issue) or
   * invalid-shape (options of the wrong shape), with path and problems, and fires learner-error.
   * The host signs the record on its own server (see the integrator guide).
   */
  exportRecord(options?: RecordOptions): Promise<LearnerRecord>;
  /**
   * Prints the learner's plan, for a family to read on paper or as a PDF: the learner's name and
   * the date, the jagged profile as a chart with its table (when a profile is given), progress per
   * competency in words, pace, next steps, and goals with their reflections; no class comparison.
   * Either document may be missing: with no document of its own the tracker prints the profile
   * alone. The plan's module (learner-plan.js and its wasm) is loaded on first use, so a page that
   * never prints downloads none of it. The plan is drawn into a container that only print media
   * shows, the browser's print dialog opens, and the plan is removed when it closes. Resolves when
   * the print dialog has closed. A failure is said in the element (part plan-error), fires
   * learner-error with code plan-failed (path profile when the profile is at fault) and rejects
   * with an Error carrying the same code, path and problems: no document to print, a profile id not
   * on the page, a profile that cannot be read, is a class roster or is another learner's, a
   * class's progress, the module not loaded, or a print dialog the browser did not open (a frame
   * without allow-modals).
   */
  printPlan(options?: PrintPlanOptions): Promise<void>;
}

export interface LearnerProgressAttributes extends LearnerAttributes {
  /** YYYY-MM-DD: the date pace is judged on; the browser's local date when absent. */
  today?: string;
  /**
   * Which view to show; the learner can switch inside the widget; a new value from the host wins. A
   * learner-progress-class/1 document is always shown as the class heatmap.
   */
  view?: 'list' | 'map' | 'timeline' | 'class';
  /**
   * 'self': the learner sets goals and marks them met, dropped or active again. 'teacher': forms to
   * add evidence and set a level with a reason, and the same goal controls. Each change fires
   * learner-change.
   */
  mode?: 'self' | 'teacher';
  /**
   * The URI of the school or organisation that issues learners' records (https://… or did:…).
   * With mode="self" the learner gets "Download my record" (part record), which fires
   * learner-record; exportRecord() uses it when its options name no issuer.
   */
  'record-issuer'?: string;
  /**
   * The issuer's name, as a record shows it ("Lincoln Middle School"). Required with record-issuer.
   */
  'record-issuer-name'?: string;
  /**
   * With mode="teacher": the address of the embed builder (www/embed-builder.html). The widget then
   * offers "Get embed code" (part embed-code), which fires learner-embed-code and, unless a
   * listener calls preventDefault(), opens the builder in a new tab with this widget and its
   * document.
   */
  'embed-builder'?: string;
  /**
   * With mode="self": the learner's own "Print my plan" button under the tracker (part print-plan),
   * which calls printPlan() with the profile named by plan-profile.
   */
  'print-plan'?: boolean;
  /**
   * The id of a <learner-profile> on the page whose profile "Print my plan" prints with the
   * progress (read when the button is pressed).
   */
  'plan-profile'?: string;
}

/** What a learner or teacher changed on the board; `to` is where a moved activity went. */
export interface ChoiceChange {
  type: 'picked' | 'unpicked' | 'started' | 'submitted' | 'approved' | 'returned' | 'proposed'
    | 'proposal-approved' | 'proposal-returned' | 'activity-added' | 'activity-updated'
    | 'activity-removed' | 'activity-moved' | 'rules-set' | 'layout-set';
  activity: string | null;
  complete: boolean;
  to?: number;
}

/** `<learner-choice-board>`: a choice board. */
export interface LearnerChoiceBoardElement extends LearnerElement<LearnerChoiceBoardDocument> {}

export interface LearnerChoiceBoardAttributes extends LearnerAttributes {
  /**
   * teacher: author the board (activities and rules, impossible rules reported as written) and
   * approve or return work and ideas with feedback.
   */
  mode?: 'teacher';
  /**
   * With mode="teacher": the address of the embed builder (www/embed-builder.html). The widget then
   * offers "Get embed code" (part embed-code), which fires learner-embed-code and, unless a
   * listener calls preventDefault(), opens the builder in a new tab with this widget and its
   * document.
   */
  'embed-builder'?: string;
}

/**
 * Converts a CASE package into { framework, notes } for a learner-progress/1 document. The package
 * is JSON text or a parsed object: a file export, or a CASE server's answer to GET
 * /ims/case/v1p1/CFPackages/{id} ({ CFPackage: ... }); the server's other answers (a CFDocument, a
 * CFItem, a CFDocuments list, an imsx error) are refused with a message saying what they are and
 * what to fetch. Asynchronous: it loads <learner-progress>'s module if the page has not yet, and
 * rejects with an Error whose code, path and problems name what is wrong.
 */
export function importCase(input: string | object): Promise<{ framework: Framework; notes: string[] }>;

/**
 * The elements: each one's element interface, documents (its `data` property), attributes and
 * events. The one map that `HTMLElementTagNameMap` here, the JSX types of `learner-widgets/react`
 * and the Vue components of `learner-widgets/vue` are made from.
 */
export interface LearnerElements {
  'learner-profile': {
    element: LearnerProfileElement;
    document: LearnerProfileDocument | LearnerRosterDocument;
    attributes: LearnerProfileAttributes;
    events: LearnerEvents<LearnerProfileDocument | LearnerRosterDocument, ProfileChange>;
  };
  'learner-progress': {
    element: LearnerProgressElement;
    document: LearnerProgressDocument | LearnerProgressClassDocument;
    attributes: LearnerProgressAttributes;
    events: LearnerEvents<LearnerProgressDocument | LearnerProgressClassDocument, ProgressChange> & { 'learner-record': LearnerRecordDetail; 'learner-embed-code': LearnerEmbedCodeDetail<LearnerProgressDocument | LearnerProgressClassDocument> };
  };
  'learner-choice-board': {
    element: LearnerChoiceBoardElement;
    document: LearnerChoiceBoardDocument;
    attributes: LearnerChoiceBoardAttributes;
    events: LearnerEvents<LearnerChoiceBoardDocument, ChoiceChange> & { 'learner-embed-code': LearnerEmbedCodeDetail<LearnerChoiceBoardDocument> };
  };
}

/** A tag of one of the elements: `'learner-profile' | 'learner-progress' | 'learner-choice-board'`. */
export type LearnerTag = keyof LearnerElements;

type LearnerTagNameMap = { [T in LearnerTag]: LearnerElements[T]['element'] };

/** Every element's events together, for a listener on an ancestor (events bubble and are composed). */
type LearnerEventMap = {
  [E in keyof LearnerElements[LearnerTag]['events']]: CustomEvent<LearnerElements[LearnerTag]['events'][E]>;
};

declare global {
  interface HTMLElementTagNameMap extends LearnerTagNameMap {}
  interface HTMLElementEventMap extends LearnerEventMap {}
}

// The documents, from their JSON Schemas (www/schemas/).

/**
 * Any of the documents the elements show.
 */
export type LearnerDocument =
  | LearnerProfileDocument
  | LearnerRosterDocument
  | LearnerProgressDocument
  | LearnerChoiceBoardDocument
  | LearnerProgressClassDocument;
export type Flag = 'strength' | 'need';
export type MethodKind =
  'decaying-average' | 'weighted-average' | 'most-recent' | 'highest' | 'mean' | 'mode' | 'n-times';
export type GoalStatus = 'active' | 'met' | 'dropped';
export type LayoutKind = 'grid' | 'menu' | 'list';
export type ProposalStatus = 'proposed' | 'approved' | 'returned';
export type RuleKind =
  | 'line'
  | 'free-centre'
  | 'picks'
  | 'points'
  | 'section'
  | 'one-per-row'
  | 'one-per-column'
  | 'approval';
export type SelectionStatus = 'planned' | 'in-progress' | 'submitted' | 'approved' | 'returned';

/**
 * A learner's jagged profile: one value per dimension on a shared scale, with how it varies, how it
 * has grown (snapshots), and how it changes with the setting (contexts).
 */
export interface LearnerProfileDocument {
  /**
   * Settings in which the learner's values differ ("working alone", "in Spanish").
   */
  contexts?: Context[];
  dimensions: Dimension[];
  /**
   * The families dimensions belong to. When absent: academic, cognitive, social-emotional,
   * background.
   */
  groups?: Group[] | null;
  learner: Learner;
  scale: Scale;
  /**
   * The document's type and version.
   */
  schema: 'learner-profile/1';
  /**
   * Earlier values, so growth can be shown. Any order; shown oldest first.
   */
  snapshots?: Snapshot[];
}
/**
 * A setting with its own values; dimensions it does not list keep their general value.
 */
export interface Context {
  id: string;
  label: string;
  values: {
    [k: string]: number | undefined;
  };
}
/**
 * One dimension of the profile, e.g. "Reading comprehension" or "Working memory".
 */
export interface Dimension {
  /**
   * How sure the value is, from 0 (a guess) to 1 (certain).
   */
  confidence?: number | null;
  /**
   * What the dimension means, in words a learner reads.
   */
  description?: string | null;
  /**
   * How many pieces of evidence the value rests on.
   */
  evidenceCount?: number | null;
  /**
   * Marked by a teacher as a strength to build on or a need to work on.
   */
  flag?: Flag | null;
  /**
   * The id of one of the document's groups.
   */
  group?: string | null;
  id: string;
  label: string;
  /**
   * A teacher's note on this dimension.
   */
  note?: string | null;
  /**
   * How much the value varies from day to day or task to task.
   */
  range?: Range | null;
  /**
   * The learner's own note on this dimension.
   */
  selfNote?: string | null;
  /**
   * The learner's own rating, beside the assessed value.
   */
  selfRating?: number | null;
  /**
   * A goal value.
   */
  target?: number | null;
  /**
   * The assessed value (by a teacher or an assessment).
   */
  value: number;
}
export interface Range {
  high: number;
  low: number;
}
export interface Group {
  id: string;
  label: string;
}
export interface Learner {
  /**
   * The host's identifier for the learner; never shown.
   */
  id: string;
  /**
   * The name the learner is shown by.
   */
  name: string;
}
/**
 * The numeric scale every dimension is measured on, optionally with named levels.
 */
export interface Scale {
  /**
   * Names for points of the scale, lowest first, e.g. 1 "Beginning" … 4 "Extending". A value is
   * shown with the name of the highest level at or below it.
   */
  levels?: Level[];
  max: number;
  min: number;
  /**
   * The smallest meaningful change: what one arrow key press moves a self-rating by.
   */
  step?: number | null;
}
export interface Level {
  label: string;
  value: number;
}
/**
 * The values on a date in the past.
 */
export interface Snapshot {
  /**
   * `YYYY-MM-DD`.
   */
  date: string;
  label?: string | null;
  /**
   * Dimension id to value; dimensions not listed were not measured then.
   */
  values: {
    [k: string]: number | undefined;
  };
}
export interface LearnerRosterDocument {
  /**
   * One `learner-profile/1` document per learner, in the host's order (never re-ranked).
   */
  profiles: LearnerProfileDocument[];
  /**
   * The document's type and version.
   */
  schema: 'learner-roster/1';
  /**
   * The class's name, e.g. "7B Mathematics".
   */
  title: string;
}
export interface LearnerProgressDocument {
  evidence?: Evidence[];
  framework: Framework;
  goals?: Goal[];
  learner: Learner;
  overrides?: Override[];
  pacing?: Pacing | null;
  /**
   * The proficiency scale. When absent: No evidence 0, Below 1, Near 2, Mastery 3, Exceeds 4.
   */
  scale?: ProficiencyScale | null;
  /**
   * The document's type and version.
   */
  schema: 'learner-progress/1';
}
export interface Evidence {
  competency: string;
  /**
   * `YYYY-MM-DD`.
   */
  date: string;
  note?: string | null;
  score: number;
  /**
   * Where the score comes from, e.g. "Unit 2 quiz".
   */
  source: string;
}
/**
 * Competencies arranged in domains and strands (by `parent`) and ordered by prerequisites.
 */
export interface Framework {
  competencies: Competency[];
  /**
   * How evidence becomes a level, unless a competency says otherwise.
   */
  method?: MethodSpec;
  title: string;
  /**
   * The framework's URI where it is published: a CASE framework's (CFDocument's) `uri`.
   */
  uri?: string | null;
}
export interface Competency {
  /**
   * A human code such as `6.RP.A.1`.
   */
  code?: string | null;
  /**
   * Links to examples of mastery (http or https).
   */
  exemplars?: Link[];
  /**
   * Links to help (http or https).
   */
  help?: Link[];
  id: string;
  /**
   * This competency's own calculation method.
   */
  method?: MethodSpec | null;
  /**
   * The id of the domain or strand this belongs to.
   */
  parent?: string | null;
  /**
   * Ids of competencies to master first.
   */
  prerequisites?: string[];
  rubric?: string | null;
  statement: string;
  /**
   * `YYYY-MM-DD`: when the learner aims to master it.
   */
  targetDate?: string | null;
  /**
   * The competency's URI where its framework is published: a CASE item's (CFItem's) `uri`.
   * A credential for it is aligned to this.
   */
  uri?: string | null;
}
export interface Link {
  title: string;
  url: string;
}
/**
 * A method as written in JSON: its type, and the parameter that type uses. A flat struct rather
 * than an internally tagged enum, whose buffering code every student would download.
 */
export interface MethodSpec {
  /**
   * n-times: how many scores at mastery are needed (default 3).
   */
  n?: number | null;
  /**
   * decaying-average: how much each new score counts (default 0.65).
   */
  rate?: number | null;
  type: MethodKind;
  /**
   * weighted-average: how much the latest score counts (default 0.65).
   */
  weight?: number | null;
}
export interface Goal {
  competencies?: string[];
  reflections?: string[];
  status?: GoalStatus;
  targetDate?: string | null;
  text: string;
}
/**
 * A teacher's judgement that replaces the calculated level, with the reason.
 */
export interface Override {
  competency: string;
  date?: string | null;
  level: number;
  reason: string;
}
export interface Pacing {
  /**
   * Days of grace before a missed target counts as behind.
   */
  bufferDays?: number;
  /**
   * `YYYY-MM-DD`: the course's last day.
   */
  end?: string | null;
  /**
   * `YYYY-MM-DD`: the course's first day.
   */
  start?: string | null;
}
/**
 * Ordered proficiency levels, lowest first; one of them is mastery.
 */
export interface ProficiencyScale {
  levels: ProficiencyLevel[];
}
export interface ProficiencyLevel {
  /**
   * A colour token name such as `level-3`, styled by `--learner-level-3`.
   */
  color?: string | null;
  label: string;
  /**
   * Whether reaching this level is mastery. Exactly one level has it.
   */
  mastery?: boolean;
  value: number;
}
export interface LearnerChoiceBoardDocument {
  /**
   * The activities; on a grid, its cells in row-major order.
   */
  activities: Activity[];
  instructions?: string | null;
  layout: LayoutSpec;
  /**
   * Whose board this is; absent on a template.
   */
  learner?: Learner | null;
  /**
   * The learner's own ideas for free-choice activities.
   */
  proposals?: Proposal[];
  /**
   * What a learner's picks must meet. Activities marked `required` are an implicit rule.
   */
  rules?: RuleSpec[];
  /**
   * The document's type and version.
   */
  schema: 'learner-choice-board/1';
  /**
   * Groups of activities (a menu's courses); an activity names its section by id.
   */
  sections?: Section[];
  /**
   * The learner's picks, each with its status.
   */
  selections?: Selection[];
  title: string;
}
export interface Activity {
  description?: string | null;
  /**
   * UDL: how it engages (e.g. "choice of topic").
   */
  engagement?: string[];
  /**
   * UDL: how the learner shows what they know (e.g. "poster").
   */
  expression?: string[];
  /**
   * A cell the learner fills with their own idea (a proposal).
   */
  freeChoice?: boolean;
  id: string;
  /**
   * About how long it takes, in minutes.
   */
  minutes?: number | null;
  /**
   * What the activity is worth towards a points rule (counted to the hundredth). Absent: 0.
   */
  points?: number | null;
  /**
   * UDL: how it presents ideas (e.g. "diagram").
   */
  representation?: string[];
  /**
   * Every learner must pick it.
   */
  required?: boolean;
  /**
   * Links to help (http, https or mailto).
   */
  resources?: Link[];
  /**
   * The id of one of the board's sections.
   */
  section?: string | null;
  title: string;
}
export interface LayoutSpec {
  /**
   * grid: how many columns.
   */
  columns?: number | null;
  kind: LayoutKind;
  /**
   * grid: how many rows.
   */
  rows?: number | null;
}
/**
 * A learner's own idea for a free-choice activity.
 */
export interface Proposal {
  /**
   * The free-choice activity's id.
   */
  activity: string;
  description?: string | null;
  feedback?: string | null;
  status?: ProposalStatus;
  title: string;
  updatedAt?: string | null;
}
/**
 * A rule as written in JSON: its kind and the numbers that kind uses. A flat struct rather than
 * an internally tagged enum, whose buffering code every student would download.
 */
export interface RuleSpec {
  /**
   * points: exactly this many points.
   */
  exact?: number | null;
  kind: RuleKind;
  /**
   * line: how many cells in a row.
   */
  length?: number | null;
  /**
   * picks, section: at most this many picks; points: at most this many points.
   */
  max?: number | null;
  /**
   * picks, section: at least this many picks; points: at least this many points.
   */
  min?: number | null;
  /**
   * section: the section's id.
   */
  section?: string | null;
}
export interface Section {
  description?: string | null;
  id: string;
  title: string;
}
/**
 * A learner's pick of one activity and how far its work has gone.
 */
export interface Selection {
  /**
   * The activity's id.
   */
  activity: string;
  /**
   * The teacher's feedback, written when they approve or return the work.
   */
  feedback?: string | null;
  /**
   * The learner's reflection, written when they submit.
   */
  reflection?: string | null;
  status?: SelectionStatus;
  /**
   * When the status last changed, as the host's clock wrote it (ISO 8601).
   */
  updatedAt?: string | null;
}
export interface LearnerProgressClassDocument {
  framework: Framework;
  /**
   * In the host's order, which the heatmap keeps (it never ranks learners).
   */
  learners: ClassLearner[];
  /**
   * The proficiency scale. When absent: No evidence 0, Below 1, Near 2, Mastery 3, Exceeds 4.
   */
  scale?: ProficiencyScale | null;
  /**
   * The document's type and version.
   */
  schema: 'learner-progress-class/1';
  /**
   * The class's name, e.g. "6B Mathematics".
   */
  title: string;
}
/**
 * One learner's records, against the class's framework.
 */
export interface ClassLearner {
  evidence?: Evidence[];
  learner: Learner;
  /**
   * At most one a competency.
   */
  overrides?: Override[];
}
