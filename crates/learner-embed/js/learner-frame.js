// For host pages that frame www/embed.html: sizes each <iframe data-learner-frame> to its content,
// and lets the host send a document in.
//
//   <iframe data-learner-frame title="My learner profile"
//           src="https://widgets.example.org/embed.html#element=learner-profile&parent=https://lms.example.org"></iframe>
//   <script type="module" src="learner-frame.js"></script>
//
// Only messages from the origin of a frame's own src are believed, and only for that frame.

const frames = () => [...document.querySelectorAll('iframe[data-learner-frame]')];
// Frames that have said they listen, and what waits to be sent to the others.
const ready = new WeakSet();
const waiting = new WeakMap();

addEventListener('message', (event) => {
  const frame = frames().find((f) => f.contentWindow === event.source);
  if (!frame || event.origin !== new URL(frame.src, location.href).origin) return;
  const height = event.data?.type === 'learner-embed:resize' ? Number(event.data.height) : NaN;
  if (Number.isFinite(height) && height >= 0) {
    frame.style.height = `${Math.ceil(height)}px`;
  }
  if (event.data?.type === 'learner-embed:ready') {
    ready.add(frame);
    for (const message of waiting.get(frame) ?? []) post(frame, message);
    waiting.delete(frame);
  }
  if (event.data?.type === 'learner-embed:event') {
    frame.dispatchEvent(new CustomEvent(event.data.name, { detail: event.data.detail, bubbles: true, composed: true }));
  }
});

// A frame may have said it is ready, and how tall it is, before this script listened (module
// scripts run after the page is parsed, and a quick frame can be faster): ask each to say it again.
// A frame still on its first, blank document is asked once it loads (a message to its own origin
// could not reach the blank one yet, and its script will speak to this listener anyway).
for (const frame of frames()) {
  const hello = () => post(frame, { type: 'learner-embed:hello' });
  if (frame.contentDocument?.URL === 'about:blank') frame.addEventListener('load', hello, { once: true });
  else hello();
}

/**
 * Sends a document (and optional attributes) to a framed widget, to the frame's own origin only.
 * Until the frame says it is ready, the message waits, so nothing is lost to a slow start.
 */
export function sendToFrame(frame, document, attributes = {}) {
  const message = { type: 'learner-embed:data', document, attributes };
  if (ready.has(frame)) post(frame, message);
  else waiting.set(frame, [...(waiting.get(frame) ?? []), message]);
}

function post(frame, message) {
  frame.contentWindow?.postMessage(message, new URL(frame.src, location.href).origin);
}
