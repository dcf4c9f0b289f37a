// The host side of the iframe example: frames a widget from the other loopback origin and sends it
// a document; learner-frame.js sizes both frames and re-fires their events on the iframe element.
import { sendToFrame } from '../dist/learner-frame.js';

const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
const frame = document.getElementById('frame-message');
const parent = encodeURIComponent(location.origin);
frame.src = `${location.protocol}//${other}:${location.port}/embed.html#element=learner-progress&today=2026-11-23&parent=${parent}`;
// Sent at once: learner-frame.js holds it until the frame says it is ready.
sendToFrame(frame, await (await fetch('/samples/ana.progress.json')).json());

for (const iframe of document.querySelectorAll('iframe[data-learner-frame]')) {
  for (const name of ['learner-change', 'learner-error']) {
    iframe.addEventListener(name, (event) => {
      document.getElementById('frame-last-event').textContent = `${name} from ${iframe.title}`;
    });
  }
}
