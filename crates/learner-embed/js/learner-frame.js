// For host pages that frame www/embed.html: sizes each <iframe data-learner-frame> to its content,
// and lets the host send a document in.
//
//   <iframe data-learner-frame title="My learner profile"
//           src="https://widgets.example.org/embed.html#element=learner-profile&parent=https://lms.example.org"></iframe>
//   <script type="module" src="learner-frame.js"></script>
//
// Only messages from the origin of a frame's own src are believed, and only for that frame.

const frames = () => [...document.querySelectorAll('iframe[data-learner-frame]')];

addEventListener('message', (event) => {
  const frame = frames().find((f) => f.contentWindow === event.source);
  if (!frame || event.origin !== new URL(frame.src, location.href).origin) return;
  const height = event.data?.type === 'learner-embed:resize' ? Number(event.data.height) : NaN;
  if (Number.isFinite(height) && height >= 0) {
    frame.style.height = `${Math.ceil(height)}px`;
  }
  if (event.data?.type === 'learner-embed:event') {
    frame.dispatchEvent(new CustomEvent(event.data.name, { detail: event.data.detail, bubbles: true, composed: true }));
  }
});

/** Sends a document (and optional attributes) to a framed widget, to the frame's own origin only. */
export function sendToFrame(frame, document, attributes = {}) {
  frame.contentWindow.postMessage(
    { type: 'learner-embed:data', document, attributes },
    new URL(frame.src, location.href).origin,
  );
}
