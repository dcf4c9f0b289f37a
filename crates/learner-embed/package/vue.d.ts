// Vue 3's components for the elements, made from `LearnerElements` (index.d.ts), in the shape Vue's
// guide gives for custom elements: vue-tsc checks `:data` against the document type and the `event`
// of `@learner-change` against the event's detail. Vue itself must be told the tags are custom
// elements (`isCustomElement` in the Vue plugin's compiler options; see the integrator guide).
// Import `learner-widgets/vue` instead of `learner-widgets`: the same loader, with these types.
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { LearnerElements, LearnerTag } from './index.js';

export * from './index.js';

/** What a template takes on an element: HTML attributes, its own, and its document. */
export type LearnerVueProps<T extends LearnerTag> = HTMLAttributes &
  Omit<LearnerElements[T]['attributes'], 'data'> & {
    /** The document (Vue sets it as the element's property), or its JSON text. */
    data?: LearnerElements[T]['document'] | string | null;
  };

/** The element as a component: the props above, and its events for `@learner-change` and the rest. */
export type LearnerVueComponent<T extends LearnerTag> = new () => LearnerElements[T]['element'] & {
  /** For template type checking only. */
  $props: LearnerVueProps<T> & PublicProps;
  /** For template type checking only. */
  $emit: EmitFn<{
    [E in keyof LearnerElements[T]['events']]: (event: CustomEvent<LearnerElements[T]['events'][E]>) => void;
  }>;
};

type LearnerGlobalComponents = { [T in LearnerTag]: LearnerVueComponent<T> };

declare module 'vue' {
  interface GlobalComponents extends LearnerGlobalComponents {}
}
