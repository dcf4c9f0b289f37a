// xAPI 1.0.3 statements for what learners do, fired as `learner-xapi` events; the host decides
// whether to forward them to a Learning Record Store. Nothing is sent by the widgets themselves.
//
// Actor: the account the host gives (`xapi-account-homepage` and `xapi-account-name`), else an
// anonymous id kept in this browser. Object ids sit under `xapi-base` (default: this page's origin
// + `/learner-widgets/`).

const ADL = 'http://adlnet.gov/expapi/verbs/';
const VERBS = {
  responded: { id: `${ADL}responded`, display: { 'en-US': 'responded' } },
  commented: { id: `${ADL}commented`, display: { 'en-US': 'commented' } },
  scored: { id: `${ADL}scored`, display: { 'en-US': 'scored' } },
  mastered: { id: `${ADL}mastered`, display: { 'en-US': 'mastered' } },
  preferred: { id: `${ADL}preferred`, display: { 'en-US': 'preferred' } },
  attempted: { id: `${ADL}attempted`, display: { 'en-US': 'attempted' } },
  completed: { id: `${ADL}completed`, display: { 'en-US': 'completed' } },
  passed: { id: `${ADL}passed`, display: { 'en-US': 'passed' } },
  registered: { id: `${ADL}registered`, display: { 'en-US': 'registered' } },
};
const OBJECTIVE = 'http://adlnet.gov/expapi/activities/objective';
// A choice board's activity: picked as a preference, then attempted, completed and passed.
const CHOICE_VERBS = { picked: 'preferred', started: 'attempted', submitted: 'completed', approved: 'passed' };
const ANONYMOUS_KEY = 'learner-widgets:xapi-anonymous-id';
let memoryAnonymousId = null;

/** The statements a `learner-change` detail stands for (none for edits xAPI has no verb for). */
export function statementsFor(element, detail) {
  const { document, change } = detail;
  const base = iriBase(element);
  const learnerId = encodeURIComponent(document?.learner?.id ?? 'unknown');
  const language = element.closest('[lang]')?.lang || 'en';
  const statement = (verb, object, result, parent) => ({
    id: crypto.randomUUID(),
    actor: actor(element),
    verb: VERBS[verb],
    object: { objectType: 'Activity', ...object },
    ...(result ? { result } : {}),
    timestamp: new Date().toISOString(),
    context: {
      platform: 'learner-widgets',
      language,
      ...(parent ? { contextActivities: { parent: [{ objectType: 'Activity', ...parent }] } } : {}),
    },
  });
  const out = [];
  if (change.type === 'self-rating' || change.type === 'self-note') {
    const dimension = document.dimensions.find((d) => d.id === change.dimension);
    const object = {
      id: `${base}profile/${learnerId}/dimensions/${encodeURIComponent(change.dimension)}`,
      definition: { name: { 'en-US': dimension?.label ?? change.dimension },
        type: 'http://adlnet.gov/expapi/activities/question' },
    };
    if (change.type === 'self-rating') {
      out.push(statement('responded', object, { score: score(change.value, document.scale.min, document.scale.max) }));
    } else if (change.note) {
      out.push(statement('commented', object, { response: change.note }));
    }
  }
  if ((change.type === 'evidence-added' || change.type === 'override') && change.masteredNow) {
    const competency = document.framework.competencies.find((c) => c.id === change.competency);
    out.push(statement('mastered', {
      id: `${base}progress/${learnerId}/competencies/${encodeURIComponent(change.competency)}`,
      definition: { name: { 'en-US': competency?.code ? `${competency.code} ${competency.statement}` : (competency?.statement ?? change.competency) },
        type: 'http://adlnet.gov/expapi/activities/objective' },
    }));
  }
  if (change.type === 'goal-set' || (change.type === 'goal-status' && change.status === 'met')) {
    // A goal is an objective the learner sets for themself: registered for it, then completed it.
    const object = {
      id: `${base}progress/${learnerId}/goals/${change.goal}`,
      definition: { name: { 'en-US': change.text ?? `goal ${change.goal + 1}` }, type: OBJECTIVE },
    };
    out.push(change.type === 'goal-set'
      ? statement('registered', object)
      : statement('completed', object, { completion: true, success: true }));
  }
  const choiceVerb = document?.schema === 'learner-choice-board/1' && CHOICE_VERBS[change.type];
  if (choiceVerb) {
    const activity = document.activities.find((a) => a.id === change.activity);
    const selection = document.selections?.find((s) => s.activity === change.activity);
    const board = `${base}choice/${learnerId}`;
    const object = {
      id: `${board}/activities/${encodeURIComponent(change.activity)}`,
      definition: { name: { 'en-US': activity?.title ?? change.activity },
        type: 'http://adlnet.gov/expapi/activities/performance' },
    };
    const result = {
      submitted: { completion: true, ...(selection?.reflection ? { response: selection.reflection } : {}) },
      approved: { completion: true, success: true },
    }[change.type];
    out.push(statement(choiceVerb, object, result,
      { id: board, definition: { name: { 'en-US': document.title } } }));
  }
  return out;
}

/** A score with `scaled` inside −1..1, as xAPI requires. */
function score(raw, min, max) {
  const scaled = max > min ? (raw - min) / (max - min) : 0;
  return { raw, min, max, scaled: Math.round(Math.min(1, Math.max(-1, scaled)) * 10000) / 10000 };
}

function iriBase(element) {
  const given = element.getAttribute('xapi-base');
  const base = given ? new URL(given, location.href).href : `${location.origin}/learner-widgets/`;
  return base.endsWith('/') ? base : `${base}/`;
}

function actor(element) {
  const homePage = element.getAttribute('xapi-account-homepage');
  const name = element.getAttribute('xapi-account-name');
  if (homePage && name) return { objectType: 'Agent', account: { homePage, name } };
  return { objectType: 'Agent', account: { homePage: location.origin, name: anonymousId() } };
}

/** A random id kept in this browser, so a learner's statements belong together without a name. */
function anonymousId() {
  try {
    let id = localStorage.getItem(ANONYMOUS_KEY);
    if (!id) {
      id = `anonymous-${crypto.randomUUID()}`;
      localStorage.setItem(ANONYMOUS_KEY, id);
    }
    return id;
  } catch {
    memoryAnonymousId ??= `anonymous-${crypto.randomUUID()}`;
    return memoryAnonymousId;
  }
}
