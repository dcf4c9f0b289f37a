// The iframe page for platforms that strip scripts: it renders one learner widget and talks to the
// page that framed it.
//
// In: the URL fragment, `#element=learner-profile&view=table&data=<JSON, percent-encoded>&parent=
// https://lms.example.org` (`element` is any of the three; any attribute of the element may be
// given: `storage=local&storage-key=…` keeps each student's work in their browser, on this
// frame's origin; `src=board.json` loads a document beside this page), or a message
// `{ type: 'learner-embed:data', document, attributes }` from an origin listed in `parent`, and
// `{ type: 'learner-embed:hello' }`, which asks the frame to say again that it is ready and how tall
// it is (the host's script may start after the frame has spoken).
// Out, always to explicit origins (those in `parent`, else the framing page's origin):
// `{ type: 'learner-embed:ready' }` once it listens for data, the frame's height whenever its
// layout changes, as `{ type: 'learner-embed:resize', height }` and as Canvas's
// `{ subject: 'lti.frameResize', height }`; and every widget event as
// `{ type: 'learner-embed:event', name, detail }`.
import '/dist/learner-widgets.js';

const ELEMENTS = ['learner-profile', 'learner-progress', 'learner-choice-board'];
const EVENTS = ['learner-change', 'learner-error', 'learner-xapi'];

const params = new URLSearchParams(location.hash.slice(1));
const allowed = allowedOrigins(params.get('parent'));
const root = document.getElementById('frame-root');

const tag = params.get('element') ?? 'learner-profile';
if (!ELEMENTS.includes(tag)) {
  const message = document.createElement('p');
  message.className = 'frame-message';
  message.setAttribute('role', 'alert');
  message.textContent = `Unknown element "${tag}": use one of ${ELEMENTS.join(', ')}.`;
  root.append(message);
} else {
  const widget = document.createElement(tag);
  setAttributes(widget, [...params].filter(([name]) => !['element', 'parent'].includes(name)));
  for (const name of EVENTS) {
    widget.addEventListener(name, (event) => tell({ type: 'learner-embed:event', name, detail: event.detail }));
  }
  root.append(widget);

  addEventListener('message', (event) => {
    // Only the origins the host named may give the widget data; anything else is ignored.
    if (!allowed.includes(event.origin) || event.data?.type !== 'learner-embed:data') return;
    setAttributes(widget, Object.entries(event.data.attributes ?? {}).filter(([name]) => name !== 'data'));
    if (event.data.document !== undefined) widget.data = event.data.document;
  });
  // Only now can data sent by the host be received: learner-frame.js waits for this.
  tell({ type: 'learner-embed:ready' });
}

// Report the height whenever the layout changes.
let reported = -1;
function reportHeight() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === reported) return;
  reported = height;
  tell({ type: 'learner-embed:resize', height });
  tell({ subject: 'lti.frameResize', height });
}
new ResizeObserver(reportHeight).observe(document.documentElement);

// A host whose script started after this frame spoke asks again: say it all once more.
addEventListener('message', (event) => {
  if (!allowed.includes(event.origin) || event.data?.type !== 'learner-embed:hello') return;
  if (ELEMENTS.includes(tag)) tell({ type: 'learner-embed:ready' });
  reported = -1;
  reportHeight();
});

/** Sets any attribute of the element, but never an event handler or a style, whatever it is told. */
function setAttributes(widget, entries) {
  for (const [name, value] of entries) {
    if (/^[a-z][a-z-]*$/.test(name) && !/^on|^style$/.test(name)) widget.setAttribute(name, String(value));
  }
}

/** The origins named in `parent` (comma-separated), else the framing page's own origin. */
function allowedOrigins(parent) {
  const listed = (parent ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  if (listed.length) return listed.map((o) => new URL(o).origin);
  try {
    return document.referrer ? [new URL(document.referrer).origin] : [];
  } catch {
    return [];
  }
}

function tell(message) {
  if (window.parent === window) return;
  for (const origin of allowed) window.parent.postMessage(message, origin);
}
