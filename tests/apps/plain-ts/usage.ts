// A host's code against the published types, installed from the packed package and resolved
// through its `exports`: if the types stop describing the elements, events or documents as
// documented, tests/e2e/frameworks.spec.js fails to compile this.
import { importCase, type LearnerProfileDocument, type LearnerProgressDocument } from 'learner-widgets';

const profile = document.createElement('learner-profile');
const doc: LearnerProfileDocument = {
  schema: 'learner-profile/1',
  learner: { id: 's-1', name: 'Ana' },
  scale: { min: 0, max: 100, step: 5 },
  dimensions: [{ id: 'reading', label: 'Reading', value: 80, range: { low: 70, high: 90 }, flag: 'strength' }],
};
profile.data = doc;
profile.addEventListener('learner-change', (event) => {
  const { change } = event.detail;
  if (change.type === 'self-rating') console.log(change.dimension, change.value.toFixed(1));
});
profile.addEventListener('learner-error', (event) => console.log(event.detail.code, event.detail.path));
profile.addEventListener('learner-xapi', (event) => console.log(event.detail.verb.id));

const tracker = document.createElement('learner-progress');
const { framework, notes } = await importCase('{}');
const progress: LearnerProgressDocument = {
  schema: 'learner-progress/1',
  learner: { id: 's-1', name: 'Ana' },
  framework: { ...framework, method: { type: 'n-times', n: 2 } },
};
tracker.data = progress;
tracker.importJson(tracker.exportJson());
console.log(notes.length);

const board = document.createElement('learner-choice-board');
board.data = {
  schema: 'learner-choice-board/1',
  title: 'Tic-tac-toe',
  layout: { kind: 'grid', rows: 1, columns: 1 },
  activities: [{ id: 'a', title: 'Poster', points: 10 }],
  rules: [{ kind: 'picks', min: 1 }],
};
board.addEventListener('learner-change', (event) => {
  const { change } = event.detail;
  if (change.type === 'picked') console.log(change.activity, change.complete);
});
tracker.addEvidence({ competency: 'c1', score: 3, date: '2026-03-02', source: 'Exit ticket' }, 's-1');
