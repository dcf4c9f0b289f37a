// React 19's JSX for the elements, made from `LearnerElements` (index.d.ts). React 19 sets a prop
// the element has as a property (so `data` takes the document object), any other as an attribute,
// and turns `on` + an event's exact name into a listener: `onlearner-change={(event) => …}`.
// Import `learner-widgets/react` instead of `learner-widgets`: the same loader, with these types.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { LearnerElements, LearnerTag } from './index.js';

export * from './index.js';

/** The `on…` props of an element's events: `onlearner-change`, `onlearner-error`, `onlearner-xapi`. */
export type LearnerReactEvents<T extends LearnerTag> = {
  [E in keyof LearnerElements[T]['events'] & string as `on${E}`]?: (
    event: CustomEvent<LearnerElements[T]['events'][E]>,
  ) => void;
};

/** What JSX takes on an element: the HTML attributes of any element, its own, its document and its events. */
export type LearnerReactProps<T extends LearnerTag> = DetailedHTMLProps<
  HTMLAttributes<LearnerElements[T]['element']>,
  LearnerElements[T]['element']
> &
  Omit<LearnerElements[T]['attributes'], 'data'> & {
    /** The document (set as the element's property), or its JSON text. */
    data?: LearnerElements[T]['document'] | string | null;
  } & LearnerReactEvents<T>;

type LearnerIntrinsicElements = { [T in LearnerTag]: LearnerReactProps<T> };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends LearnerIntrinsicElements {}
  }
}
