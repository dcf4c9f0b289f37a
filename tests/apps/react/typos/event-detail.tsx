// Must NOT compile (tests/e2e/frameworks.spec.js expects this error): a typo in an event's detail.
import 'learner-widgets/react';

export const profile = (
  <learner-profile mode="self" onlearner-change={(event) => console.log(event.detail.change.dimesion)} />
);
