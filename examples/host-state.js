// A host app in a few lines: it owns the document, edits it with its own form, hands every version
// to the widget, and keeps what the learner changes.
let doc = await (await fetch('/samples/malik.profile.json')).json();
const widget = document.getElementById('hosted');
const json = document.getElementById('host-json');

function show() {
  widget.data = doc;
  json.textContent = JSON.stringify(doc.dimensions.map(({ id, value, selfRating }) => ({ id, value, selfRating })), null, 1);
}

const fields = document.getElementById('host-fields');
for (const dimension of doc.dimensions) {
  const label = document.createElement('label');
  label.textContent = `${dimension.label} `;
  const input = document.createElement('input');
  input.type = 'number';
  Object.assign(input, { min: doc.scale.min, max: doc.scale.max, value: dimension.value });
  input.addEventListener('change', () => {
    doc = { ...doc, dimensions: doc.dimensions.map((d) => (d.id === dimension.id ? { ...d, value: Number(input.value) } : d)) };
    show();
  });
  label.append(input);
  fields.append(label);
}

widget.addEventListener('learner-change', (event) => {
  doc = event.detail.document;
  show();
});
show();
