// Types for the learner widgets' elements, events and documents. The documents' full shapes are in
// the JSON Schemas (schemas/*.schema.json); here they are typed as far as a host usually needs.

export interface Problem {
  /** The field's path, e.g. `dimensions[3].value`; empty for the whole document. */
  path: string;
  message: string;
}

export interface LearnerErrorDetail {
  code:
    | 'invalid-json' | 'invalid-shape' | 'unsupported-schema' | 'invalid-document'
    | 'export-failed' | 'storage-corrupt' | 'storage-conflict' | 'storage-quota' | 'storage-unavailable'
    | 'src-not-allowed' | 'src-failed' | 'module-failed' | 'words-failed' | 'page-unsupported' | 'tag-taken';
  /** The first problem as one line. */
  message: string;
  path: string;
  problems: Problem[];
}

export type ProfileChange =
  | { type: 'self-rating'; dimension: string; value: number; previous: number | null }
  | { type: 'self-note'; dimension: string; note: string; previous: string | null };

export type ProgressChange =
  | { type: 'evidence-added'; competency: string; score: number; date: string; source: string; note: string | null; masteredNow: boolean }
  | { type: 'override'; competency: string; level: number; reason: string; masteredNow: boolean }
  | { type: 'goal-set'; goal: number; text: string; targetDate: string | null; competencies: string[] }
  | { type: 'goal-status'; goal: number; text: string | null; status: 'active' | 'met' | 'dropped' };

export interface LearnerChangeDetail<D, C> {
  /** The whole document after the change. */
  document: D;
  change: C;
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

export interface Learner { id: string; name: string }

/** `learner-profile/1`: see schemas/learner-profile-1.schema.json. */
export interface LearnerProfileDocument {
  schema: 'learner-profile/1';
  learner: Learner;
  scale: { min: number; max: number; step?: number; levels?: { value: number; label: string }[] };
  groups?: { id: string; label: string }[];
  dimensions: {
    id: string; label: string; group?: string; value: number; range?: { low: number; high: number };
    description?: string; note?: string; target?: number; evidenceCount?: number; confidence?: number;
    flag?: 'strength' | 'need'; selfRating?: number; selfNote?: string;
  }[];
  snapshots?: { date: string; label?: string; values: Record<string, number> }[];
  contexts?: { id: string; label: string; values: Record<string, number> }[];
}

/** `learner-roster/1`: a class, for `view="class"`. */
export interface LearnerRosterDocument {
  schema: 'learner-roster/1';
  title: string;
  profiles: LearnerProfileDocument[];
}

/** `learner-progress/1`: see schemas/learner-progress-1.schema.json. */
export interface LearnerProgressDocument {
  schema: 'learner-progress/1';
  learner: Learner;
  framework: { title: string; method?: Method; competencies: Competency[] };
  scale?: { levels: { value: number; label: string; color?: string; mastery?: boolean }[] };
  evidence?: { competency: string; score: number; date: string; source: string; note?: string }[];
  overrides?: { competency: string; level: number; reason: string; date?: string }[];
  pacing?: { start?: string; end?: string; bufferDays?: number };
  goals?: { text: string; competencies?: string[]; targetDate?: string; status?: 'active' | 'met' | 'dropped'; reflections?: string[] }[];
}

/** `learner-progress-class/1`: one framework and a class of learners' records, shown as the heatmap. */
export interface LearnerProgressClassDocument {
  schema: 'learner-progress-class/1';
  title: string;
  framework: LearnerProgressDocument['framework'];
  scale?: LearnerProgressDocument['scale'];
  learners: { learner: Learner; evidence?: LearnerProgressDocument['evidence']; overrides?: LearnerProgressDocument['overrides'] }[];
}

export interface Method {
  type: 'decaying-average' | 'weighted-average' | 'most-recent' | 'highest' | 'mean' | 'mode' | 'n-times';
  rate?: number;
  weight?: number;
  n?: number;
}

export interface Competency {
  id: string; code?: string; statement: string; parent?: string; prerequisites?: string[];
  targetDate?: string; rubric?: string; method?: Method;
  exemplars?: { title: string; url: string }[]; help?: { title: string; url: string }[];
}

interface LearnerElement<D> extends HTMLElement {
  /** The document; reading it gives the current one (with the learner's edits), or null. */
  data: D | string | null;
  /** The current document as JSON text. */
  exportJson(): string;
  /** Replaces the document after checking it; throws an Error with code, path and problems. */
  importJson(text: string): void;
  /** With storage="local": removes the saved copy from this browser. */
  eraseStored(): void;
}

export interface LearnerProfileElement extends LearnerElement<LearnerProfileDocument | LearnerRosterDocument> {}
/** `learner-choice-board/1`: see schemas/learner-choice-board-1.schema.json. */
export interface LearnerChoiceBoardDocument {
  schema: 'learner-choice-board/1';
  title: string;
  instructions?: string;
  learner?: Learner;
  layout: { kind: 'grid'; rows: number; columns: number } | { kind: 'menu' } | { kind: 'list' };
  sections?: { id: string; title: string; description?: string }[];
  activities: {
    id: string; title: string; description?: string; points?: number; section?: string; minutes?: number;
    engagement?: string[]; representation?: string[]; expression?: string[];
    resources?: { title: string; url: string }[]; freeChoice?: boolean; required?: boolean;
  }[];
  rules?: { kind: 'line' | 'free-centre' | 'picks' | 'points' | 'section' | 'one-per-row' | 'one-per-column' | 'approval';
    length?: number; min?: number; max?: number; exact?: number; section?: string }[];
  selections?: { activity: string; status: 'planned' | 'in-progress' | 'submitted' | 'approved' | 'returned';
    reflection?: string; feedback?: string; updatedAt?: string }[];
  proposals?: { activity: string; title: string; description?: string; status: 'proposed' | 'approved' | 'returned';
    feedback?: string; updatedAt?: string }[];
}

export interface ChoiceChange {
  type: 'picked' | 'unpicked' | 'started' | 'submitted' | 'approved' | 'returned' | 'proposed'
    | 'proposal-approved' | 'proposal-returned' | 'activity-added' | 'activity-updated'
    | 'activity-removed' | 'activity-moved' | 'rules-set' | 'layout-set';
  activity: string | null;
  complete: boolean;
  to?: number;
}

export interface LearnerProgressElement extends LearnerElement<LearnerProgressDocument | LearnerProgressClassDocument> {
  /**
   * One more evidence entry, checked and drawn at once (only that learner's row of a class is
   * redone). `learnerId` is required for a class document; for one learner's document it may be
   * left out. A refused entry throws an Error with code, path and problems, fires learner-error,
   * and changes nothing.
   */
  addEvidence(evidence: NonNullable<LearnerProgressDocument['evidence']>[number] | string, learnerId?: string): void;
}

export interface LearnerChoiceBoardElement extends LearnerElement<LearnerChoiceBoardDocument> {}

/**
 * Converts a CASE package (JSON text or a parsed object; a file export, or a CASE server's
 * `{ CFPackage: … }` answer) into a framework for a learner-progress/1 document. Asynchronous: it
 * loads <learner-progress>'s module if the page has not yet. Rejects with an Error whose `code`,
 * `path` and `problems` name what is wrong.
 */
export function importCase(input: string | object): Promise<{ framework: LearnerProgressDocument['framework']; notes: string[] }>;

/** The attributes every element takes, as HTML gives them (text). */
export interface LearnerAttributes {
  /** The document as JSON text; a host app sets the `data` property instead. */
  data?: string;
  storage?: 'host' | 'local';
  'storage-key'?: string;
  src?: string;
  'allow-origins'?: string;
  'xapi-account-homepage'?: string;
  'xapi-account-name'?: string;
  'xapi-base'?: string;
  theme?: 'light' | 'dark' | 'high-contrast';
}

export interface LearnerProfileAttributes extends LearnerAttributes {
  view?: 'radar' | 'profile' | 'table' | 'class';
  mode?: 'self';
}

export interface LearnerProgressAttributes extends LearnerAttributes {
  /** `YYYY-MM-DD`: the date pace is judged on; the browser's local date when absent. */
  today?: string;
  view?: 'list' | 'map' | 'timeline' | 'class';
  mode?: 'self' | 'teacher';
}

export interface LearnerChoiceBoardAttributes extends LearnerAttributes {
  mode?: 'teacher';
}

/** Each event an element fires, with its `detail`. */
export interface LearnerEvents<D, C> {
  'learner-change': LearnerChangeDetail<D, C>;
  'learner-error': LearnerErrorDetail;
  'learner-xapi': XapiStatement;
}

/**
 * The elements, as custom-elements.json describes them: each one's class, document (its `data`
 * property), attributes and events. The one description that `HTMLElementTagNameMap` here, the JSX
 * types of `learner-widgets/react` and the Vue components of `learner-widgets/vue` are made from.
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
    events: LearnerEvents<LearnerProgressDocument | LearnerProgressClassDocument, ProgressChange>;
  };
  'learner-choice-board': {
    element: LearnerChoiceBoardElement;
    document: LearnerChoiceBoardDocument;
    attributes: LearnerChoiceBoardAttributes;
    events: LearnerEvents<LearnerChoiceBoardDocument, ChoiceChange>;
  };
}

/** A tag of one of the elements: `'learner-profile' | 'learner-progress' | 'learner-choice-board'`. */
export type LearnerTag = keyof LearnerElements;

type LearnerTagNameMap = { [T in LearnerTag]: LearnerElements[T]['element'] };

/** Every element's events together, for a listener on an ancestor (events bubble and are composed). */
type LearnerEventMap = {
  [E in keyof LearnerEvents<unknown, unknown>]: CustomEvent<LearnerElements[LearnerTag]['events'][E]>;
};

declare global {
  interface HTMLElementTagNameMap extends LearnerTagNameMap {}
  interface HTMLElementEventMap extends LearnerEventMap {}
}
