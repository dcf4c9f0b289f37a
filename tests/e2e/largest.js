// The largest document each schema allows: every list as long as its schema's `maxItems` (and every
// map as its `maxProperties`), read from the schema files the site serves, so a limit raised in
// crates/learner-model/src/limits.rs is tried at once. The builders run in the page
// (`page.evaluate(build, limits)`): a 15 MB document is not sent over the DevTools protocol.
import { readFileSync } from 'node:fs';

const schemas = new URL('../../www/schemas/', import.meta.url);

/** `maxItems` of the list at `pointer` (a JSON pointer into the schema) of `file`. */
function maxOf(file, pointer) {
  const schema = JSON.parse(readFileSync(new URL(file, schemas), 'utf8'));
  let node = schema;
  for (const part of pointer.split('/').slice(1)) node = node?.[part];
  const max = node?.maxItems ?? node?.maxProperties;
  if (!Number.isInteger(max)) throw new Error(`${file}${pointer} has no maximum`);
  return max;
}

/** The limits each builder needs, by name. */
export function limits() {
  const progress = (p) => maxOf('learner-progress-1.schema.json', p);
  const klass = (p) => maxOf('learner-progress-class-1.schema.json', p);
  const profile = (p) => maxOf('learner-profile-1.schema.json', p);
  const board = (p) => maxOf('learner-choice-board-1.schema.json', p);
  return {
    progress: {
      competencies: progress('/$defs/Framework/properties/competencies'),
      evidence: progress('/properties/evidence'),
      overrides: progress('/properties/overrides'),
      goals: progress('/properties/goals'),
      goalCompetencies: progress('/$defs/Goal/properties/competencies'),
      reflections: progress('/$defs/Goal/properties/reflections'),
      prerequisites: progress('/$defs/Competency/properties/prerequisites'),
      links: progress('/$defs/Competency/properties/help'),
      levels: progress('/$defs/ProficiencyScale/properties/levels'),
    },
    class: {
      learners: klass('/properties/learners'),
      competencies: klass('/$defs/Framework/properties/competencies'),
      evidence: klass('/$defs/ClassLearner/properties/evidence'),
      overrides: klass('/$defs/ClassLearner/properties/overrides'),
      levels: klass('/$defs/ProficiencyScale/properties/levels'),
    },
    profile: {
      dimensions: profile('/properties/dimensions'),
      groups: profile('/properties/groups'),
      snapshots: profile('/properties/snapshots'),
      contexts: profile('/properties/contexts'),
      levels: profile('/$defs/Scale/properties/levels'),
    },
    roster: {
      profiles: maxOf('learner-roster-1.schema.json', '/properties/profiles'),
      snapshots: maxOf('learner-roster-1.schema.json', '/$defs/ProfileDocument/properties/snapshots'),
      contexts: maxOf('learner-roster-1.schema.json', '/$defs/ProfileDocument/properties/contexts'),
    },
    board: {
      activities: board('/properties/activities'),
      sections: board('/properties/sections'),
      rules: board('/properties/rules'),
      tags: board('/$defs/Activity/properties/engagement'),
      links: board('/$defs/Activity/properties/resources'),
    },
  };
}

/**
 * Builds the largest documents in the page. Self-contained: Playwright sends its source.
 * Returns { progress, class, profile, roster, board } as objects.
 */
export function buildLargest(limits) {
  const date = (i) => `20${20 + (Math.floor(i / 336) % 7)}-${String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  const links = (n, what) => Array.from({ length: n }, (_, i) => ({ title: `${what} ${i + 1}`, url: `https://example.org/${what}/${i}` }));
  const scale = (n) => ({
    levels: Array.from({ length: n }, (_, i) => ({ value: i, label: `Level ${i}`, ...(i === Math.floor(n * 0.75) ? { mastery: true } : {}) })),
  });

  const framework = (total, prerequisites, linkCount) => {
    // Domains of 49 competencies and a heading: 100 domains when 5,000 are allowed.
    const competencies = [];
    const leaves = [];
    for (let d = 0; competencies.length < total; d += 1) {
      competencies.push({ id: `d${d}`, code: `D${d}`, statement: `Domain ${d}: reasoning with number and quantity across contexts`, exemplars: links(linkCount, 'exemplar'), help: links(linkCount, 'help') });
      for (let k = 0; k < 49 && competencies.length < total; k += 1) {
        const i = leaves.length;
        const id = `c${i}`;
        competencies.push({
          id, code: `${d}.${k + 1}`, parent: `d${d}`,
          statement: `Competency ${i}: explains and justifies a method for a problem of this kind, in words and symbols`,
          prerequisites: Array.from({ length: Math.min(prerequisites, i) }, (_, j) => `c${i - 1 - j}`),
          targetDate: date(i), rubric: 'Meets the standard when the method is explained and checked.',
          exemplars: links(linkCount, 'exemplar'), help: links(linkCount, 'help'),
        });
        leaves.push(id);
      }
    }
    return { competencies, leaves };
  };

  const p = limits.progress;
  const { competencies, leaves } = framework(p.competencies, p.prerequisites, p.links);
  const top = p.levels - 1;
  const progress = {
    schema: 'learner-progress/1',
    learner: { id: 'largest', name: 'Largest Allowed' },
    framework: { title: 'The largest framework a document may hold', competencies },
    scale: scale(p.levels),
    evidence: Array.from({ length: p.evidence }, (_, i) => ({ competency: leaves[i % leaves.length], score: i % (top + 1), date: date(i), source: `Task ${i % 40}`, note: 'Worked in class' })),
    overrides: Array.from({ length: p.overrides }, (_, i) => ({ competency: competencies[i % competencies.length].id, level: i % (top + 1), reason: 'Seen in conference', date: date(i) })),
    pacing: { start: '2020-01-01', end: '2027-06-30', bufferDays: 7 },
    goals: Array.from({ length: p.goals }, (_, g) => ({
      text: `Goal ${g + 1}: finish the next strand`, targetDate: date(g), status: 'active',
      competencies: Array.from({ length: p.goalCompetencies }, (_, j) => leaves[(g * 7 + j) % leaves.length]),
      reflections: Array.from({ length: p.reflections }, (_, j) => `Reflection ${j + 1} on goal ${g + 1}`),
    })),
  };

  const c = limits.class;
  const classFramework = framework(c.competencies, 3, 2);
  const classTop = c.levels - 1;
  const klass = {
    schema: 'learner-progress-class/1',
    title: 'The largest class a document may hold',
    framework: { title: 'Class framework', competencies: classFramework.competencies },
    scale: scale(c.levels),
    learners: Array.from({ length: c.learners }, (_, l) => ({
      learner: { id: `l${l}`, name: `Learner ${l + 1} Surname` },
      evidence: Array.from({ length: c.evidence }, (_, i) => ({ competency: classFramework.leaves[(i + l) % classFramework.leaves.length], score: (i + l) % (classTop + 1), date: date(i), source: `Task ${i % 40}` })),
      overrides: Array.from({ length: c.overrides }, (_, i) => ({ competency: classFramework.competencies[i % classFramework.competencies.length].id, level: i % (classTop + 1), reason: 'Conference' })),
    })),
  };

  const f = limits.profile;
  const dimensions = Array.from({ length: f.dimensions }, (_, i) => ({ id: `dim${i}`, label: `Dimension ${i + 1}`, group: `g${i % f.groups}`, value: 1 + (i % 9), target: 8, selfRating: 2 + (i % 7), range: { low: 1, high: 10 } }));
  const values = () => Object.fromEntries(dimensions.map((d, i) => [d.id, 1 + ((i * 3) % 9)]));
  const profile = {
    schema: 'learner-profile/1',
    learner: { id: 'largest', name: 'Largest Allowed' },
    scale: { min: 0, max: 10, step: 0.5, levels: Array.from({ length: f.levels }, (_, i) => ({ value: i / 2, label: `Level ${i}` })) },
    groups: Array.from({ length: f.groups }, (_, i) => ({ id: `g${i}`, label: `Group ${i + 1}` })),
    dimensions,
    snapshots: Array.from({ length: f.snapshots }, (_, i) => ({ date: date(i), values: values() })),
    contexts: Array.from({ length: f.contexts }, (_, i) => ({ id: `ctx${i}`, label: `Context ${i + 1}`, values: values() })),
  };
  const r = limits.roster;
  const roster = {
    schema: 'learner-roster/1',
    title: 'The largest roster',
    profiles: Array.from({ length: r.profiles }, (_, i) => ({
      ...profile, learner: { id: `l${i}`, name: `Learner ${i + 1}` },
      snapshots: profile.snapshots.slice(0, r.snapshots), contexts: profile.contexts.slice(0, r.contexts),
    })),
  };

  const b = limits.board;
  const side = Math.floor(Math.sqrt(b.activities));
  const board = {
    schema: 'learner-choice-board/1',
    title: 'The largest board',
    layout: { kind: 'grid', rows: side, columns: b.activities / side },
    sections: Array.from({ length: b.sections }, (_, i) => ({ id: `s${i}`, title: `Section ${i + 1}` })),
    activities: Array.from({ length: b.activities }, (_, i) => ({
      id: `a${i}`, title: `Activity ${i + 1}`, description: 'Make something that shows what you know.', points: 10, minutes: 30,
      section: `s${i % b.sections}`, engagement: Array.from({ length: b.tags }, (_, j) => `engage ${j}`),
      representation: Array.from({ length: b.tags }, (_, j) => `represent ${j}`), expression: Array.from({ length: b.tags }, (_, j) => `express ${j}`),
      resources: links(b.links, 'resource'),
    })),
    rules: Array.from({ length: b.rules }, (_, i) => ({ kind: 'section', section: `s${i % b.sections}`, min: 0, max: 5 })),
    selections: Array.from({ length: b.activities }, (_, i) => ({ activity: `a${i}`, status: 'planned' })),
  };
  return { progress, class: klass, profile, roster, board };
}
