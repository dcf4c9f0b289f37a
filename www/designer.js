// The theme designer: every token from the Custom Elements Manifest, applied live to the widgets,
// with WCAG contrast checks, and export and import as CSS or JSON.
const preview = document.getElementById('preview');
const status = document.getElementById('designer-status');

// The tokens and their defaults, from the manifest: one source for the docs, the tools and this page.
const manifest = await (await fetch('/dist/custom-elements.json')).json();
const tokens = new Map();
for (const declaration of manifest.modules.flatMap((m) => m.declarations)) {
  for (const p of declaration.cssProperties ?? []) tokens.set(p.name, { ...p });
}

// Text colours need 4.5:1 against their surface, marks 3:1.
const PAIRS = [
  ['--learner-text', '--learner-surface', 4.5], ['--learner-muted', '--learner-surface', 4.5],
  ['--learner-on-accent', '--learner-accent', 4.5], ['--learner-danger', '--learner-surface', 4.5],
  ['--learner-link', '--learner-surface', 4.5], ['--learner-ahead', '--learner-surface', 4.5],
  ['--learner-behind', '--learner-surface', 4.5], ['--learner-mastered', '--learner-surface', 4.5],
  ...[0, 1, 2, 3, 4].map((i) => [`--learner-level-${i}`, '--learner-surface', 4.5]),
  ['--learner-accent', '--learner-surface', 3], ['--learner-focus-ring', '--learner-surface', 3],
  ['--learner-goal', '--learner-surface', 3], ['--learner-self', '--learner-surface', 3],
  ['--learner-border', '--learner-surface', 1], ['--learner-notice', '--learner-surface', 3],
];

const isColour = (value) => /^#[0-9a-f]{6}$/i.test(value);
const values = () => Object.fromEntries([...tokens].map(([name, t]) => [name, t.value ?? t.default]));

function renderTokens() {
  const box = document.getElementById('tokens');
  box.replaceChildren();
  for (const [name, token] of tokens) {
    const row = document.createElement('div');
    row.className = 'token';
    const label = document.createElement('label');
    label.textContent = name;
    label.htmlFor = `token-${name}`;
    label.title = token.description ?? '';
    const text = document.createElement('input');
    text.type = 'text';
    text.id = `token-${name}`;
    text.value = token.value ?? token.default;
    text.setAttribute('aria-describedby', 'tokens-heading');
    row.append(label);
    if (isColour(token.default)) {
      const picker = document.createElement('input');
      picker.type = 'color';
      picker.value = text.value;
      picker.setAttribute('aria-label', `${name} colour picker`);
      picker.addEventListener('input', () => { text.value = picker.value; set(name, picker.value); });
      text.addEventListener('change', () => { if (isColour(text.value)) picker.value = text.value; set(name, text.value); });
      row.append(picker);
    } else {
      row.append(document.createElement('span'));
      text.addEventListener('change', () => set(name, text.value));
    }
    row.append(text);
    box.append(row);
  }
}

function set(name, value) {
  tokens.get(name).value = value;
  apply();
}

function apply() {
  for (const [name, value] of Object.entries(values())) preview.style.setProperty(name, value);
  renderContrast();
  document.getElementById('css-out').value = css();
}

/** WCAG relative luminance and contrast ratio. */
function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
export function contrast(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

function renderContrast() {
  const body = document.querySelector('#contrast tbody');
  body.replaceChildren();
  const v = values();
  for (const [colour, on, needs] of PAIRS) {
    if (!isColour(v[colour] ?? '') || !isColour(v[on] ?? '')) continue;
    const ratio = contrast(v[colour], v[on]);
    const row = body.insertRow();
    const ok = ratio >= needs;
    for (const text of [colour, on, `${ratio.toFixed(2)}:1`, needs > 1 ? `${needs}:1` : 'any',
      ok ? 'Passes' : `Too low: ${needs}:1 needed`]) {
      row.insertCell().textContent = text;
    }
    if (!ok) row.cells[4].className = 'contrast-fail';
  }
}

function css() {
  const lines = Object.entries(values()).map(([name, value]) => `  ${name}: ${value};`);
  return `learner-profile, learner-progress {\n${lines.join('\n')}\n}\n`;
}

function download(text, name, type) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}

/** A theme from exported JSON or CSS: `--learner-*` names and values. */
function parseTheme(text) {
  try {
    return Object.entries(JSON.parse(text));
  } catch {
    return [...text.matchAll(/(--learner-[a-z0-9-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]);
  }
}

document.getElementById('preset').addEventListener('change', async (event) => {
  // The presets live in the widgets' own stylesheet: read them back from a widget wearing one.
  const probe = document.getElementById('preview-radar');
  probe.setAttribute('theme', event.target.value);
  const style = getComputedStyle(probe);
  for (const [name, token] of tokens) {
    token.value = style.getPropertyValue(name).trim() || token.default;
  }
  probe.removeAttribute('theme');
  renderTokens();
  apply();
  status.textContent = `Started from the ${event.target.selectedOptions[0].text} preset.`;
});
document.getElementById('download-css').addEventListener('click', () => download(css(), 'learner-theme.css', 'text/css'));
document.getElementById('download-json').addEventListener('click',
  () => download(`${JSON.stringify(values(), null, 2)}\n`, 'learner-theme.json', 'application/json'));
document.getElementById('copy-css').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(css());
    status.textContent = 'The CSS is on the clipboard.';
  } catch {
    status.textContent = 'The clipboard is not available here: copy the CSS from the box below.';
  }
});
document.getElementById('import').addEventListener('change', async (event) => {
  const file = event.target.files[0];
  if (!file) return;
  const entries = parseTheme(await file.text()).filter(([name]) => tokens.has(name));
  for (const [name, value] of entries) tokens.get(name).value = String(value);
  renderTokens();
  apply();
  status.textContent = entries.length
    ? `Imported ${entries.length} tokens from ${file.name}.`
    : `${file.name} holds no --learner-* tokens.`;
});

const [profile, progress] = await Promise.all([
  fetch('/samples/ana.profile.json').then((r) => r.json()),
  fetch('/samples/ana.progress.json').then((r) => r.json()),
]);
document.getElementById('preview-radar').data = profile;
document.getElementById('preview-self').data = profile;
document.getElementById('preview-progress').data = progress;
renderTokens();
apply();
// Everything is wired: tests and people may start.
document.body.dataset.ready = 'true';
