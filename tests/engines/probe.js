// The engines suite's check of its own error recorder (recorder.js), in each engine: this page
// makes every kind of problem the recorder is there to catch, and the suite asserts it caught each.
// Served by proxy.js at /__engines/probe.js, for /__engines/probe.html only.
console.error('probe: logged', new Error('probe: an error object'));
setTimeout(() => { throw new Error('probe: thrown'); }, 0);
Promise.reject(new Error('probe: rejected'));
document.addEventListener('DOMContentLoaded', () => {
  // A Trusted Types violation (the page requires trusted types for script sinks).
  try { document.createElement('div').innerHTML = '<b>probe</b>'; } catch { /* refused: reported */ }
  // A Content-Security-Policy violation (connect-src is 'self').
  fetch('http://127.0.0.2:9/probe').catch(() => {});
  // A resource that does not load.
  const image = document.createElement('img');
  image.src = '/__engines/no-such-image.png';
  image.alt = '';
  document.body.append(image);
});
