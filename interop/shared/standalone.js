'use strict';
// Starts the standalone EST simulator jar (built by `mvn -B verify`) on a free loopback port, for
// the interop suites. Every test file gets its own simulator process, so files share no state.
// No dependencies beyond Node itself.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

const PROJECT_ID = 'sim-project';
const KEY_ID = 'sim-key';
const KEY_SECRET = 'sim-secret-0123456789';
const READY_TIMEOUT_MS = 60_000;

guardLoopback();

/** Refuses any TCP connection that does not go to loopback: nothing here may reach Sinch. */
function guardLoopback() {
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function guarded(...args) {
    const options = typeof args[0] === 'object' && args[0] !== null && !Array.isArray(args[0]) ? args[0] : null;
    const host = options ? options.host : (typeof args[1] === 'string' ? args[1] : undefined);
    const isPipe = options ? options.path !== undefined : typeof args[0] === 'string' && Number.isNaN(Number(args[0]));
    if (!isPipe && host !== undefined && !['127.0.0.1', 'localhost', '::1'].includes(host)) {
      throw new Error(`interop tests talk to loopback only; refused a connection to ${host}`);
    }
    return connect.apply(this, args);
  };
}

/** @return {string} the standalone jar built by `mvn -B verify` */
function findJar() {
  const target = path.resolve(__dirname, '..', '..', 'est-sdk-testkit', 'target');
  const jar = fs.existsSync(target)
    ? fs.readdirSync(target).find((f) => /^est-sdk-testkit-.*-standalone\.jar$/.test(f))
    : undefined;
  if (!jar) {
    throw new Error(`no standalone simulator jar in ${target}: run \`mvn -B verify\` (or \`mvn -B -q -pl `
      + 'est-sdk-testkit -am package -Dmaven.test.skip=true`) first');
  }
  return path.join(target, jar);
}

/** @return {Promise<number>} a port that was free a moment ago */
function freePort() {
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
 * Starts a simulator.
 *
 * @param {string[]} [flags] extra command-line flags, e.g. ['--propagation-delay', '0']
 * @return {Promise<{baseUrl: string, stop: () => Promise<void>, control: Function, api: Function}>}
 */
async function startSimulator(flags = []) {
  const jar = findJar();
  // A port taken between freePort() and the bind makes the jar exit with "already in use": retry.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      return await launch(jar, port, flags);
    } catch (e) {
      if (attempt >= 3 || !/already in use/.test(e.message)) {
        throw e;
      }
    }
  }
}

function launch(jar, port, flags) {
  const child = spawn('java', ['-jar', jar, '--port', String(port), ...flags],
    { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`simulator not ready after ${READY_TIMEOUT_MS} ms:\n${output}`));
    }, READY_TIMEOUT_MS);
    const onData = (chunk) => {
      output += chunk;
      if (/^Ready in \d+ ms/m.test(output)) {
        clearTimeout(timer);
        resolve(handle(child, port));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => { output += chunk; });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`simulator exited with ${code} before it was ready:\n${output}`));
    });
  });
}

function handle(child, port) {
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    projectId: PROJECT_ID,
    keyId: KEY_ID,
    keySecret: KEY_SECRET,
    /** Calls a /_simulator control endpoint; returns the parsed JSON (or null for 204). */
    async control(method, pathname, body) {
      const r = await fetch(`${baseUrl}/_simulator${pathname}`, {
        method,
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!r.ok) {
        throw new Error(`${method} /_simulator${pathname}: HTTP ${r.status} ${await r.text()}`);
      }
      return r.status === 204 ? null : r.json();
    },
    /** Calls the EST API directly with Basic auth, for what the official SDK 1.4.0 cannot do. */
    async api(method, pathname, body) {
      const r = await fetch(`${baseUrl}/v1/projects/${PROJECT_ID}${pathname}`, {
        method,
        headers: {
          Authorization: `Basic ${Buffer.from(`${KEY_ID}:${KEY_SECRET}`).toString('base64')}`,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await r.text();
      return { status: r.status, json: text ? JSON.parse(text) : null };
    },
    stop() {
      return new Promise((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    },
  };
}

module.exports = { startSimulator, PROJECT_ID, KEY_ID, KEY_SECRET };
