// Cold start of a Chart.js radar on the same 12-dimension profile (the value and the usual
// range), animation off: from navigation start to the chart drawn, and to the frame that shows it.
import { profile12 } from './data.js';

const doc = profile12();
const dims = doc.dimensions;
// eslint-disable-next-line no-undef -- the UMD build's global
new Chart(document.getElementById('chart'), {
  type: 'radar',
  data: {
    labels: dims.map((d) => d.label),
    datasets: [
      { label: 'Usual range, high', data: dims.map((d) => d.range.high), fill: '+1', pointRadius: 0, borderWidth: 1 },
      { label: 'Usual range, low', data: dims.map((d) => d.range.low), fill: false, pointRadius: 0, borderWidth: 1 },
      { label: doc.learner.name, data: dims.map((d) => d.value) },
    ],
  },
  options: {
    animation: false,
    responsive: false,
    scales: { r: { min: doc.scale.min, max: doc.scale.max, ticks: { stepSize: 25 } } },
  },
});
// With animation off, Chart.js draws inside its constructor.
const rendered = performance.now();
requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => { window.benchResult = { rendered, painted: performance.now() }; };
  channel.port2.postMessage(null);
});
