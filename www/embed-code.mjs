// What the embed builder gives a teacher: the frame's address (embed.html with the widget, its
// settings and its document in the fragment) and the code to paste into a platform's editor.
// Pure functions, shared by the builder page and the tests.

/** The widgets a frame can show, with the settings a teacher chooses for the students' view. */
export const WIDGETS = {
  'learner-choice-board': {
    name: 'Choice board',
    schema: 'learner-choice-board/1',
    views: [],
    modes: [{ value: '', label: 'Students pick activities' }],
  },
  'learner-profile': {
    name: 'Learner profile',
    schema: 'learner-profile/1',
    views: ['radar', 'profile', 'table'],
    modes: [
      { value: 'self', label: 'Students rate themselves (self-assessment)' },
      { value: '', label: 'Students only view it' },
    ],
  },
  'learner-progress': {
    name: 'Progress tracker',
    schema: 'learner-progress/1',
    views: ['list', 'map', 'timeline'],
    modes: [
      { value: 'self', label: 'Students set and close their own goals' },
      { value: '', label: 'Students only view it' },
    ],
  },
};

/**
 * The platforms, with what their editors do to pasted code. No platform documents a limit on an
 * embed code's length; `longest` is where the builder suggests hosting the document as a file
 * instead: 8,000 characters is the smallest request line common servers and proxies accept (nginx
 * 8 KB, Apache 8,190 bytes), which a platform that checks or rewrites frame addresses on its
 * server would hit, and past it a code cannot be checked by eye.
 */
export const PLATFORMS = {
  canvas: {
    name: 'Canvas',
    where: 'In the Rich Content Editor, choose Insert, Embed, and paste the code.',
    longest: 8000,
  },
  moodle: {
    name: 'Moodle',
    where: 'In a Page or a Text and media area, open the editor\'s HTML (source) view and paste the code.',
    longest: 8000,
  },
  brightspace: {
    name: 'Brightspace',
    where: 'In a topic\'s HTML editor, choose Insert Stuff, Enter Embed Code, and paste the code.',
    longest: 8000,
  },
  'google-sites': {
    name: 'Google Sites',
    where: 'Choose Insert, Embed, Embed code, and paste the code.',
    longest: 8000,
  },
  other: {
    name: 'Another web page',
    where: 'Paste the code where the page\'s HTML should show the widget.',
    longest: 8000,
  },
};

/**
 * `document` as every student starts it: without one learner's own work (a board's picks and
 * proposals; self-ratings and notes; evidence, levels set and goals), and with the learner named
 * `learnerName`. Returns the document and whether anything was left out.
 */
export function forEveryStudent(document, learnerName) {
  const copy = structuredClone(document);
  let removed = false;
  const drop = (object, field) => {
    if (object && field in object) {
      removed ||= Array.isArray(object[field]) ? object[field].length > 0 : true;
      delete object[field];
    }
  };
  if (copy.schema === 'learner-choice-board/1') {
    drop(copy, 'selections');
    drop(copy, 'proposals');
    delete copy.learner;
  } else {
    for (const dimension of copy.dimensions ?? []) {
      drop(dimension, 'selfRating');
      drop(dimension, 'selfNote');
    }
    for (const field of ['evidence', 'overrides', 'goals']) drop(copy, field);
    copy.learner = { id: 'student', name: learnerName };
  }
  return { document: copy, removed };
}

/** The storage key a frame keeps each student's work under: the widget and the document's title. */
export function storageKeyFor(tag, document) {
  const title = document?.title ?? document?.framework?.title ?? document?.learner?.name ?? '';
  const slug = String(title).normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
  return `${tag.replace(/^learner-/, '')}${slug ? `-${slug}` : ''}`;
}

/**
 * The frame's address: `embedUrl` (embed.html) with the element, its attributes (empty values are
 * left out) and either the document's JSON (`document`) or its address (`documentUrl`, resolved
 * against embed.html, which may only load from its own origin), and the platform's origin as
 * `parent` when the teacher gave it (the frame then tells only that page its height).
 */
export function frameAddress({ embedUrl, tag, attributes = {}, document, documentUrl, parent }) {
  const fragment = new URLSearchParams({ element: tag });
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null && value !== '') fragment.set(name, String(value));
  }
  if (parent) fragment.set('parent', new URL(parent).origin);
  if (documentUrl) fragment.set('src', documentUrl);
  else if (document !== undefined) fragment.set('data', JSON.stringify(document));
  const url = new URL(embedUrl);
  url.hash = fragment.toString();
  return url.href;
}

/**
 * The code to paste: one iframe with nothing a platform's sanitizer removes (no script, no `data-`
 * or `allow` attribute: Canvas keeps `src`, `title`, `width`, `height` and a `style` of width,
 * height and border), its title read out by screen readers, and a height that fits what it shows.
 */
export function frameCode({ address, title, height }) {
  const rows = Math.round(height);
  return `<iframe src="${escapeAttribute(address)}" title="${escapeAttribute(title)}" `
    + `width="100%" height="${rows}" style="width: 100%; height: ${rows}px; border: 0;"></iframe>`;
}

function escapeAttribute(text) {
  return String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;')
    .replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
