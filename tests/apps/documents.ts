// The three documents both host apps show, typed as the package types them: a field the package
// does not know, or a value of the wrong kind, fails the apps' type check.
import type {
  LearnerChoiceBoardDocument,
  LearnerProfileDocument,
  LearnerProgressDocument,
} from 'learner-widgets';

export const profile: LearnerProfileDocument = {
  schema: 'learner-profile/1',
  learner: { id: 's-1', name: 'Ana García' },
  scale: { min: 0, max: 100, step: 5 },
  dimensions: [
    { id: 'reading', label: 'Reading', value: 80, range: { low: 70, high: 90 }, flag: 'strength', selfRating: 75 },
    { id: 'fractions', label: 'Fractions', value: 45, target: 60, flag: 'need', selfRating: 40 },
    { id: 'persistence', label: 'Persistence', value: 70, selfRating: 70 },
  ],
};

export const progress: LearnerProgressDocument = {
  schema: 'learner-progress/1',
  learner: { id: 's-1', name: 'Ana García' },
  framework: {
    title: 'Ratios',
    competencies: [
      { id: 'rp-1', code: 'RP.1', statement: 'Describe a ratio relationship.', targetDate: '2026-10-02' },
      { id: 'rp-2', code: 'RP.2', statement: 'Find a unit rate.', prerequisites: ['rp-1'] },
    ],
  },
  evidence: [{ competency: 'rp-1', score: 2, date: '2026-09-10', source: 'Exit ticket' }],
};

export const board: LearnerChoiceBoardDocument = {
  schema: 'learner-choice-board/1',
  title: 'Ecosystems choice board',
  learner: { id: 's-1', name: 'Ana García' },
  layout: { kind: 'menu' },
  activities: [
    { id: 'poster', title: 'Food web poster', points: 10 },
    { id: 'journal', title: 'Field journal', points: 20 },
  ],
  rules: [{ kind: 'picks', min: 1 }],
};
