// Cold start of <learner-profile>: from navigation start (performance.now() is 0 there) to the
// radar's 12 points and shape in the shadow DOM, and to the frame that shows them.
import { profile12 } from './data.js';
import { settle } from './measure.js';

const el = document.getElementById('profile');
// As a host does: set the data at once, before the element is defined; it takes it over.
const doc = profile12();
el.data = doc;
await customElements.whenDefined('learner-profile');
const root = el.shadowRoot;
const drawn = () => root.querySelectorAll('circle.radar-point').length === doc.dimensions.length
  && root.querySelector('polygon.radar-shape') !== null;
const { dom, frame } = await settle(root, drawn, () => {}, 0);
window.benchResult = { rendered: dom, painted: frame };
