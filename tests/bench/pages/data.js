// The documents the benchmarks measure, the same every run. Imported by the bench pages (served at
// /bench/ by `cargo xtask bench`) and by Node (tests/bench/run.js, tests/e2e/heatmap-update.spec.js).
// crates/learner-model/tests/support/big_class.rs builds the same class with the same generator, so
// the native rollup bench and the browser measure the same 180,000 scores.

/** A deterministic generator in [0, 1): an LCG mod 2^31, exact in both JS and Rust. */
export function generator(seed) {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state / 2147483648;
  };
}

const DIMENSIONS = [
  ['reading', 'Reading comprehension', 'academic'],
  ['fractions', 'Fractions', 'academic'],
  ['writing', 'Written expression', 'academic'],
  ['geometry', 'Geometry', 'academic'],
  ['science', 'Scientific inquiry', 'academic'],
  ['memory', 'Working memory', 'cognitive'],
  ['reasoning', 'Visual reasoning', 'cognitive'],
  ['speed', 'Processing speed', 'cognitive'],
  ['persistence', 'Persistence', 'social-emotional'],
  ['collaboration', 'Collaboration', 'social-emotional'],
  ['self-regulation', 'Self-regulation', 'social-emotional'],
  ['english', 'English language', 'background'],
];

/** A 12-dimension `learner-profile/1`: values, usual ranges and two goals. */
export function profile12() {
  const random = generator(12);
  return {
    schema: 'learner-profile/1',
    learner: { id: 's-bench', name: 'Bench Learner' },
    scale: { min: 0, max: 100, step: 5 },
    dimensions: DIMENSIONS.map(([id, label, group], i) => {
      const value = Math.round(20 + random() * 75);
      return {
        id, label, group, value,
        range: { low: Math.max(0, value - 10), high: Math.min(100, value + 8) },
        ...(i % 5 === 0 ? { target: Math.min(100, value + 15) } : {}),
      };
    }),
  };
}

/** A `learner-roster/1` of `size` learners on the 12 dimensions, each jagged in their own way. */
export function classRoster(size) {
  const random = generator(20261123);
  const template = profile12();
  return {
    schema: 'learner-roster/1',
    title: 'Year 7 Blue',
    profiles: Array.from({ length: size }, (_, i) => ({
      schema: 'learner-profile/1',
      learner: { id: `c-${i + 1}`, name: `Learner ${i + 1}` },
      scale: template.scale,
      dimensions: template.dimensions.map((d) => ({
        id: d.id, label: d.label, group: d.group, value: Math.round(10 + random() * 85),
      })),
    })),
  };
}

/**
 * A `learner-progress-class/1` of `learners` × `competencies`, each learner with `perCell` scores
 * (0 to 4) on about 85% of the competencies and none on the rest.
 */
export function bigClass(learners, competencies, perCell) {
  const random = generator(42);
  const framework = {
    title: 'A year of mathematics',
    competencies: Array.from({ length: competencies }, (_, c) => ({
      id: `c${c}`, code: `M.${Math.floor(c / 10) + 1}.${(c % 10) + 1}`, statement: `Competency ${c + 1}`,
    })),
  };
  const days = Array.from({ length: perCell }, (_, k) =>
    `2026-${String(9 + Math.floor(k / 28)).padStart(2, '0')}-${String((k % 28) + 1).padStart(2, '0')}`);
  return {
    schema: 'learner-progress-class/1',
    title: 'Year 7, all sets',
    framework,
    learners: Array.from({ length: learners }, (_, l) => ({
      learner: { id: `s${l}`, name: `Learner ${l + 1}` },
      evidence: framework.competencies.flatMap((c) => (random() < 0.15 ? [] : days.map((date) => ({
        competency: c.id, score: Math.floor(random() * 5), date, source: 'Task',
      })))),
    })),
  };
}

/** A 10 × 10 choice board: 100 activities with points, a line of five and a points target. */
export function choiceBoard10() {
  return {
    schema: 'learner-choice-board/1',
    title: 'A hundred ways in',
    instructions: 'Complete a line of five, and earn at least 60 points.',
    layout: { kind: 'grid', rows: 10, columns: 10 },
    activities: Array.from({ length: 100 }, (_, i) => ({
      id: `a${i}`,
      title: `Activity ${i + 1}`,
      points: 5 + (i % 4) * 5,
      minutes: 10 + (i % 6) * 5,
    })),
    rules: [{ kind: 'line', length: 5 }, { kind: 'points', min: 60 }],
  };
}

/** One learner's tracker: 12 competencies in 3 domains, 3 pieces of evidence on each of 9. */
export function progress12() {
  const random = generator(7);
  const competencies = [];
  for (let d = 0; d < 3; d += 1) {
    competencies.push({ id: `d${d}`, code: `M.${d + 1}`, statement: `Domain ${d + 1}` });
    for (let c = 0; c < 3; c += 1) {
      competencies.push({ id: `d${d}c${c}`, code: `M.${d + 1}.${c + 1}`, parent: `d${d}`,
        statement: `Competency ${d + 1}.${c + 1}: a statement of what the learner can do`, targetDate: `2026-1${d}-15` });
    }
  }
  return {
    schema: 'learner-progress/1',
    learner: { id: 's1', name: 'Ana García' },
    framework: { title: 'Grade 6 mathematics', method: { type: 'decaying-average', rate: 0.65 }, competencies },
    evidence: competencies.filter((c) => c.parent).flatMap((c) => [1, 2, 3].map((k) => ({
      competency: c.id, score: Math.floor(random() * 5), date: `2026-09-${String(k * 7).padStart(2, '0')}`, source: `Task ${k}`,
    }))),
  };
}

/** A 3 × 3 choice board, three in a row. */
export function choiceBoard3() {
  return {
    schema: 'learner-choice-board/1',
    title: 'Ecosystems tic-tac-toe',
    instructions: 'Complete three in a row.',
    layout: { kind: 'grid', rows: 3, columns: 3 },
    activities: Array.from({ length: 9 }, (_, i) => ({ id: `a${i}`, title: `Activity ${i + 1}` })),
    rules: [{ kind: 'line', length: 3 }],
  };
}
