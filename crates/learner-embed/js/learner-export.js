// Downloading the chart a learner sees, as SVG or PNG, for a personal learning plan. Loaded only
// when a learner first asks for a download.

/** The chart in `root` as a standalone SVG file, its styles embedded; with its size. */
function standaloneSvg(root) {
  const chart = root.querySelector('svg.profile-chart');
  if (!chart) throw new Error('there is no chart to download');
  const copy = chart.cloneNode(true);
  const [, , width = 560, height = 430] = (chart.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
  copy.setAttribute('width', width);
  copy.setAttribute('height', height);
  const ns = 'http://www.w3.org/2000/svg';
  const style = document.createElementNS(ns, 'style');
  // Outside the widget no stylesheet reaches the chart: bring the widget's own along.
  style.textContent = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)).join('\n');
  const background = document.createElementNS(ns, 'rect');
  for (const [name, value] of [['width', '100%'], ['height', '100%'], ['fill', '#ffffff']]) {
    background.setAttribute(name, value);
  }
  copy.prepend(style, background);
  return { text: new XMLSerializer().serializeToString(copy), width, height };
}

function save(blob, name) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}

/** Downloads the chart in `root` as `name.svg` or `name.png`. Resolves when saved. */
export async function downloadChart(root, format, name) {
  const { text, width, height } = standaloneSvg(root);
  if (format === 'svg') {
    save(new Blob([text], { type: 'image/svg+xml' }), `${name}.svg`);
    return;
  }
  // A data: URL, which a strict page's img-src allows (blob: it may not); drawn at twice the size.
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * 2;
  canvas.height = height * 2;
  canvas.getContext('2d').drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the browser could not make a PNG');
  save(blob, `${name}.png`);
}
