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
    | 'export-failed' | 'storage-corrupt' | 'storage-quota' | 'storage-unavailable'
    | 'src-not-allowed' | 'src-failed';
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
  | { type: 'override'; competency: string; level: number; reason: string; masteredNow: boolean };

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
export interface LearnerProgressElement extends LearnerElement<LearnerProgressDocument | LearnerProgressClassDocument> {}

/** Converts a CASE package into a framework for a learner-progress/1 document. */
export function importCase(text: string): { framework: LearnerProgressDocument['framework']; notes: string[] };

declare global {
  interface HTMLElementTagNameMap {
    'learner-profile': LearnerProfileElement;
    'learner-progress': LearnerProgressElement;
  }
  interface HTMLElementEventMap {
    'learner-change': CustomEvent<LearnerChangeDetail<LearnerProfileDocument | LearnerProgressDocument, ProfileChange | ProgressChange>>;
    'learner-error': CustomEvent<LearnerErrorDetail>;
    'learner-xapi': CustomEvent<XapiStatement>;
  }
}
