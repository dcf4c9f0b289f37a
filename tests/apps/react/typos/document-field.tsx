// Must NOT compile (tests/e2e/frameworks.spec.js expects this error): a typo in a document field.
import 'learner-widgets/react';

export const profile = (
  <learner-profile
    data={{
      schema: 'learner-profile/1',
      learner: { id: 's-1', name: 'Ana' },
      scale: { min: 0, max: 100 },
      dimensions: [{ id: 'reading', label: 'Reading', valeu: 80 }],
    }}
  />
);
