// `learner-widgets/server`: the learner elements drawn to HTML on a Node server, hydrated in the
// browser by `learner-widgets.js`. See the integrator guide, "Server rendering".

import type { LearnerErrorDetail } from './index.js';

export type LearnerTag = 'learner-profile' | 'learner-progress' | 'learner-choice-board';

export interface RenderOptions {
  /** Written on the element as given (`id`, `view`, `mode`, `storage`, `lang`, `today`, …); `data` is not: the document goes in the element's child script. No event handlers or inline style. */
  attributes?: Record<string, string | boolean | number | null | undefined>;
  /** The page's language, when the element has no `lang` attribute. */
  lang?: string;
  /** `YYYY-MM-DD` for pacing, when the element has no `today` attribute. Default: the server's date. */
  today?: string;
  /** The URL the package's files are served from, ending in `/`: the shadow root links `{assets}{tag}.shadow.css`. */
  assets?: string;
  /** The width (CSS px) the radar will be shown at, when the host knows it (a phone's): the server lays it out so, and it does not move once the browser has measured it. Default: the widest layout. */
  width?: number;
  /** `false` leaves out the two links before the element that fetch the widget's hydrating module with the page (put `preloadLinks(tag)` in the `<head>` instead). Default: `true`. */
  preload?: boolean;
  /** The browser's `User-Agent` header, when you pass it on: Safari and every browser on iOS (WebKit) download a preloaded wasm twice, so they get only the glue's link. */
  userAgent?: string;
  /** Called with the `learner-error` detail when the document is refused; the HTML then shows why, as the browser would. */
  onError?: (detail: LearnerErrorDetail) => void;
}

/** The HTML of `<tag>` showing `document` (an object or JSON text), with its widget in a declarative shadow root. */
export function renderWidget(tag: LearnerTag, document: unknown, options?: RenderOptions): Promise<string>;

/** The links that fetch `tag`'s hydrating module (its glue and its wasm) with the page, for the page's `<head>`. */
export function preloadLinks(tag: LearnerTag, options?: { assets?: string; userAgent?: string }): string;
