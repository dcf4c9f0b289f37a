// The embed builder: a teacher chooses a widget, gives it its document (an example, a file, a CASE
// framework, or the choice board authored right here in teacher mode), tries it in a frame as a
// student would, and copies the code for their platform. It also answers a widget's "Get embed
// code" (`learner-embed-code`): opened with `#element=…&data=…`, it starts from that widget and
// document.
import { WIDGETS, PLATFORMS, forEveryStudent, storageKeyFor, frameAddress, frameCode } from './embed-code.mjs';

const EXAMPLES = {
  'learner-choice-board': [
    ['choice-tic-tac-toe.json', 'Ecosystems tic-tac-toe'],
    ['choice-bingo.json', 'Fractions bingo'],
    ['choice-raft.json', 'Ecosystems RAFT'],
    ['choice-20-50-80.json', 'Fractions 20-50-80'],
    ['choice-dinner-menu.json', 'Ecosystems dinner menu'],
  ],
  'learner-profile': [
    ['malik.profile.json', 'Malik\'s profile'],
    ['ana.profile.json', 'Ana\'s profile'],
  ],
  'learner-progress': [
    ['ana.progress.json', 'Ana\'s progress in fractions'],
  ],
};

const $ = (id) => document.getElementById(id);
const embedUrl = new URL('embed.html', location.href).href;

const state = {
  tag: 'learner-choice-board',
  document: null,
  /** The frame's height as the widget last reported it, at the preview's width. */
  fits: null,
  /** Whether the teacher set the height by hand (then it is left alone). */
  heightByHand: false,
  /** The names the teacher typed (`storage-key`, `frame-title`), which a new document leaves alone. */
  namedByHand: new Set(),
  width: 1024,
};
/** What the preview frame shows, and how many times it was loaded. */
let previewed = { address: null, loads: 0 };

buildWidgetChoice();
buildPlatforms();
$('learner-name').addEventListener('change', () => state.document && useDocument(state.document, 'The student\'s name is changed.'));
for (const id of ['mode', 'view', 'lang', 'frame-title', 'storage-key', 'platform', 'platform-address', 'document-url']) {
  $(id).addEventListener('input', () => update());
}
for (const id of ['storage-key', 'frame-title']) {
  $(id).addEventListener('input', () => state.namedByHand.add(id));
}
$('frame-height').addEventListener('input', () => { state.heightByHand = true; update({ preview: false }); });
$('example').addEventListener('change', () => loadExample($('example').value));
$('document-file').addEventListener('change', () => readFile($('document-file'), useDocumentText));
$('case-file').addEventListener('change', () => readFile($('case-file'), importFramework));
$('use-text').addEventListener('click', () => useDocumentText($('document-text').value));
$('copy-code').addEventListener('click', copyCode);
$('download-document').addEventListener('click', downloadDocument);
for (const button of $('preview-widths').querySelectorAll('button')) {
  button.addEventListener('click', () => {
    state.width = Number(button.dataset.width);
    for (const b of $('preview-widths').querySelectorAll('button')) b.setAttribute('aria-pressed', String(b === button));
    state.heightByHand = false;
    update();
  });
}

// The board authored in teacher mode is the document; its "Get embed code" is answered here.
const author = $('author');
author.addEventListener('learner-change', (event) => {
  state.document = event.detail.document;
  showDocumentText();
  update();
});
author.addEventListener('learner-embed-code', (event) => {
  event.preventDefault();
  $('code').focus();
  say('code-status', 'Here is the code for the board as you made it.');
});

// The preview frame reports its height: the code's height follows, unless set by hand.
addEventListener('message', (event) => {
  if (event.source !== $('preview').contentWindow || event.data?.type !== 'learner-embed:resize') return;
  state.fits = event.data.height;
  if (!state.heightByHand) {
    $('frame-height').value = String(suggestedHeight());
    update({ preview: false });
  }
});

await start();

/** Starts from the widget and document in this page's fragment, else from the first example. */
async function start() {
  const params = new URLSearchParams(location.hash.slice(1));
  const tag = params.get('element');
  if (tag && WIDGETS[tag]) chooseWidget(tag, { example: false });
  else chooseWidget(state.tag, { example: false });
  const data = params.get('data');
  if (data) {
    useDocumentText(data);
  } else {
    await loadExample($('example').value);
  }
}

function buildWidgetChoice() {
  const box = $('widget-choice');
  for (const [tag, widget] of Object.entries(WIDGETS)) {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = 'widget';
    input.value = tag;
    input.addEventListener('change', () => chooseWidget(tag, { example: true }));
    label.append(input, ` ${widget.name}`);
    box.append(label);
  }
}

function buildPlatforms() {
  for (const [value, platform] of Object.entries(PLATFORMS)) {
    $('platform').append(new Option(platform.name, value));
  }
}

/** Shows the settings, examples and authoring of `tag`; with `example`, loads its first example. */
function chooseWidget(tag, { example }) {
  state.tag = tag;
  const widget = WIDGETS[tag];
  for (const input of $('widget-choice').querySelectorAll('input')) input.checked = input.value === tag;
  $('example').replaceChildren(...EXAMPLES[tag].map(([file, name]) => new Option(name, file)));
  $('mode').replaceChildren(...widget.modes.map((m) => new Option(m.label, m.value)));
  $('view').replaceChildren(...widget.views.map((v) => new Option(v, v)));
  $('view-setting').hidden = widget.views.length === 0;
  $('case-import').hidden = tag !== 'learner-progress';
  $('authoring').hidden = tag !== 'learner-choice-board';
  $('learner-name-setting').hidden = tag === 'learner-choice-board';
  state.namedByHand.clear();
  state.heightByHand = false;
  if (example) loadExample($('example').value);
}

async function loadExample(file) {
  const response = await fetch(`samples/${file}`);
  if (!response.ok) {
    say('document-status', `The example could not be loaded: the server answered ${response.status}.`);
    return;
  }
  useDocument(await response.json(), `Started from the example “${$('example').selectedOptions[0]?.text}”.`);
}

function readFile(input, use) {
  const file = input.files?.[0];
  if (!file) return;
  file.text().then((text) => use(text, file.name), (error) => say('document-status', `${file.name} could not be read: ${error.message}`));
}

/** A document given as text: refused with the reason when it is not JSON of this widget. */
function useDocumentText(text, name = 'The document') {
  let document;
  try {
    document = JSON.parse(text);
  } catch (error) {
    say('document-status', `${name} is not JSON: ${error.message}`);
    return;
  }
  const schemas = Object.entries(WIDGETS).filter(([, w]) => w.schema === document?.schema);
  if (schemas.length === 0) {
    say('document-status', `${name} is not a document a widget shows: its "schema" is ${JSON.stringify(document?.schema ?? null)}.`);
    return;
  }
  if (schemas[0][0] !== state.tag) chooseWidget(schemas[0][0], { example: false });
  useDocument(document, `${name} is in use.`);
}

/** A CASE framework (importCase) becomes the progress document's framework; the rest is kept. */
async function importFramework(text, name) {
  const { importCase } = await import('/dist/learner-widgets.js');
  try {
    const { framework, notes } = await importCase(text);
    const base = state.document?.schema === 'learner-progress/1' ? state.document
      : { schema: 'learner-progress/1', learner: { id: 'learner', name: 'Me' } };
    useDocument({ ...base, framework, evidence: [], goals: [] },
      `${name}: ${framework.competencies.length} competencies imported.${notes.length ? ` ${notes.join(' ')}` : ''}`);
  } catch (error) {
    say('document-status', `${name} could not be imported: ${error.message}`);
  }
}

/** Uses `given` as every student will start it, and says what was left out. */
function useDocument(given, message) {
  const { document, removed } = forEveryStudent(given, $('learner-name').value.trim() || 'Me');
  if (removed) message += ' One learner\'s own work (picks, ratings, evidence, goals) is left out: each student starts afresh.';
  state.document = document;
  if (state.tag === 'learner-choice-board') author.data = document;
  // Named after the document, unless the teacher named them.
  if (!state.namedByHand.has('storage-key')) $('storage-key').value = storageKeyFor(state.tag, document);
  if (!state.namedByHand.has('frame-title')) $('frame-title').value = frameTitle(document);
  showDocumentText();
  say('document-status', message);
  state.heightByHand = false;
  update();
}

function frameTitle(document) {
  const widget = WIDGETS[state.tag].name;
  const title = document.title ?? document.framework?.title;
  return title ? `${widget}: ${title}` : widget;
}

function showDocumentText() {
  $('document-text').value = JSON.stringify(state.document, null, 2);
}

/** The element's attributes in the students' frame (the preview leaves storage out). */
function attributes({ stored }) {
  const settings = {
    mode: $('mode').value,
    view: WIDGETS[state.tag].views.length ? $('view').value : '',
    lang: $('lang').value === 'en' ? '' : $('lang').value,
  };
  return stored ? { ...settings, storage: 'local', 'storage-key': $('storage-key').value.trim() } : settings;
}

function platformOrigin() {
  try {
    return $('platform-address').value.trim() ? new URL($('platform-address').value.trim()).origin : null;
  } catch {
    return null;
  }
}

function suggestedHeight() {
  // What the widget shows, within what a page can give it; it scrolls inside beyond that.
  return Math.min(Math.max(state.fits ?? 480, 320), 900);
}

/** Writes the code (and, unless told not to, reloads the preview) from the current settings. */
function update({ preview = true } = {}) {
  if (!state.document) return;
  const documentUrl = $('document-url').value.trim();
  const withData = frameAddress({ embedUrl, tag: state.tag, attributes: attributes({ stored: true }), document: state.document, parent: platformOrigin() });
  const address = documentUrl
    ? frameAddress({ embedUrl, tag: state.tag, attributes: attributes({ stored: true }), documentUrl, parent: platformOrigin() })
    : withData;
  const platform = PLATFORMS[$('platform').value];
  const height = Number($('frame-height').value) || suggestedHeight();
  const code = frameCode({ address, title: $('frame-title').value.trim() || frameTitle(state.document), height });
  $('code').value = code;
  $('platform-where').textContent = platform.where;
  $('code-length').textContent = `${code.length.toLocaleString('en')} characters`;
  const dataCode = frameCode({ address: withData, title: $('frame-title').value, height });
  const tooLong = dataCode.length > platform.longest;
  $('too-long').hidden = !tooLong && !documentUrl;
  $('too-long-text').textContent = tooLong
    ? `With the document in it, the code is ${dataCode.length.toLocaleString('en')} characters: longer than ${platform.name}'s editor can be trusted with (${platform.longest.toLocaleString('en')}).`
    : 'The code carries the document\'s file name instead of the document.';
  if (preview) showPreview();
}

/** Loads the frame afresh when what it shows changed (a new fragment alone would not reload it). */
function showPreview() {
  const frame = $('preview');
  const address = frameAddress({ embedUrl, tag: state.tag, attributes: attributes({ stored: false }), document: state.document });
  frame.style.width = `${state.width}px`;
  frame.style.height = `${Number($('frame-height').value) || 480}px`;
  if (previewed.address === address) return;
  previewed = { address, loads: previewed.loads + 1 };
  const url = new URL(address);
  url.search = `preview=${previewed.loads}`;
  frame.src = url.href;
}

async function copyCode() {
  try {
    await navigator.clipboard.writeText($('code').value);
    say('code-status', 'Copied. Paste it into your page\'s editor.');
  } catch {
    $('code').select();
    say('code-status', 'The code is selected: press Ctrl+C (or ⌘C) to copy it.');
  }
}

function downloadDocument() {
  const name = `${$('storage-key').value.trim() || 'document'}.json`;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([JSON.stringify(state.document, null, 2)], { type: 'application/json' }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  if (!$('document-url').value) {
    $('document-url').value = name;
    update({ preview: false });
  }
}

function say(id, message) {
  $(id).textContent = message;
}
