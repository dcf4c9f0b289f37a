// The two engines besides Chromium, each through its own WebDriver server, started here:
// - Firefox ESR (Debian's firefox-esr) through geckodriver (from crates.io), headless;
// - WebKitGTK (Debian's webkit2gtk-driver: WebKitWebDriver driving MiniBrowser). MiniBrowser is a
//   GTK 3 program with no headless mode (it exits with "cannot open display" without one), and
//   WebKitGTK 2.50 has no headless backend of its own, so it runs in an Xvfb display started here.
// `cargo xtask test` installs them all and passes their paths; the defaults are Debian's paths.
// The drivers are started by this file and connected to with `usingServer`, so selenium-webdriver
// never runs its Selenium Manager (which would try to download drivers and browsers).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import net from 'node:net';
import { Builder } from 'selenium-webdriver';

const env = process.env;

/** Debian's MiniBrowser, under the architecture's library folder (x86_64-linux-gnu, ...). */
function miniBrowser() {
  for (const dir of readdirSync('/usr/lib')) {
    const path = `/usr/lib/${dir}/webkit2gtk-4.1/MiniBrowser`;
    if (existsSync(path)) return path;
  }
  return '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
}

export const PATHS = {
  firefox: env.FIREFOX ?? '/usr/bin/firefox-esr',
  geckodriver: env.GECKODRIVER ?? 'geckodriver',
  webkitDriver: env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver',
  miniBrowser: env.MINIBROWSER ?? miniBrowser(),
  xvfb: env.XVFB ?? 'Xvfb',
};

/** The window every page is seen in, as the Chromium keyboard suite's viewport. */
export const WINDOW = { width: 1280, height: 900 };

/** A free port on 127.0.0.1, or the next of ENGINES_PORT_BASE's ports when that is set. */
let nextPort = env.ENGINES_PORT_BASE ? Number(env.ENGINES_PORT_BASE) : 0;
export function freePort() {
  if (nextPort) return Promise.resolve(nextPort++);
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Everything started here, each the leader of its own process group, so that stopping it stops
 * what it started too (a driver's browser and the browser's own processes), even when this
 * process ends on an error or a signal.
 */
const running = new Set();
function stop(child) {
  if (!running.delete(child)) return;
  // The whole group: a driver that has exited may have left its browser behind.
  try { process.kill(-child.pid, 'SIGTERM'); } catch { /* the group is gone */ }
}
process.on('exit', () => { for (const child of [...running]) stop(child); });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    for (const child of [...running]) stop(child);
    process.kill(process.pid, signal);
  });
}

/** Starts `command`, keeping the last lines it printed for the error message if it fails. */
function start(command, args, options = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, ...options });
  running.add(child);
  const output = [];
  const keep = (chunk) => {
    output.push(...chunk.toString().split('\n').filter(Boolean));
    output.splice(0, Math.max(0, output.length - 20));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.output = output;
  return child;
}

/** Waits until the WebDriver server at `url` answers /status, or fails with what it printed. */
async function ready(url, child, name) {
  const until = Date.now() + 20_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) break;
    try {
      const answer = await fetch(`${url}/status`);
      if (answer.ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${name} did not start: ${child.output.join('\n')}`);
}

/** An X display of its own (Xvfb picks a free number and writes it to fd 3), for WebKitGTK. */
function startXvfb() {
  const child = spawn(PATHS.xvfb, ['-displayfd', '3', '-screen', '0', '1400x1000x24', '-nolisten', 'tcp'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe'], detached: true });
  running.add(child);
  return new Promise((resolve, reject) => {
    let text = '';
    let errors = '';
    child.stderr.on('data', (c) => { errors += c; });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${errors.slice(-500)}`)));
    child.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve({ child, display: `:${text.trim()}` });
    });
  });
}

/**
 * Starts `engine` ('firefox' or 'webkit'): its driver (and for WebKit its display) and one session.
 * Resolves to `{ driver, name, version, quit }`; `quit` ends the session and everything started.
 */
export async function startEngine(engine) {
  const children = [];
  const quitAll = () => { for (const child of children.reverse()) stop(child); };
  try {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    let capabilities;
    if (engine === 'firefox') {
      const websocket = await freePort();
      children.push(start(PATHS.geckodriver, ['--port', String(port), '--websocket-port', String(websocket), '--log', 'warn']));
      capabilities = {
        browserName: 'firefox',
        'moz:firefoxOptions': {
          binary: PATHS.firefox,
          args: ['-headless', `--width=${WINDOW.width}`, `--height=${WINDOW.height}`],
          prefs: {
            // Nothing on the closed network: no updates, telemetry, safe-browsing lists or probes.
            'app.update.disabledForTesting': true,
            'browser.safebrowsing.update.enabled': false,
            'network.captive-portal-service.enabled': false,
            'network.connectivity-service.enabled': false,
            'datareporting.policy.dataSubmissionEnabled': false,
            'toolkit.telemetry.enabled': false,
          },
        },
      };
    } else if (engine === 'webkit') {
      const xvfb = await startXvfb();
      children.push(xvfb.child);
      children.push(start(PATHS.webkitDriver, [`--port=${port}`], { env: { ...env, DISPLAY: xvfb.display } }));
      capabilities = {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: PATHS.miniBrowser, args: ['--automation'] },
      };
    } else {
      throw new Error(`unknown engine ${engine}`);
    }
    await ready(url, children.at(-1), engine === 'firefox' ? 'geckodriver' : 'WebKitWebDriver');
    const driver = await new Builder().usingServer(url).withCapabilities(capabilities).build();
    const caps = await driver.getCapabilities();
    await driver.manage().setTimeouts({ script: 30_000, pageLoad: 45_000 });
    if (engine === 'webkit') {
      await driver.manage().window().setRect({ x: 0, y: 0, ...WINDOW });
    }
    return {
      driver,
      name: engine,
      version: `${caps.getBrowserName()} ${caps.getBrowserVersion()}`,
      quit: async () => {
        try { await driver.quit(); } catch { /* the browser already went */ }
        quitAll();
      },
    };
  } catch (error) {
    quitAll();
    throw error;
  }
}
