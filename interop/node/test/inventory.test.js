'use strict';
// Proves the suite drives every operation of the installed official SDK: each method of each
// Elastic SIP Trunking API object must be called somewhere in these tests. An SDK upgrade that
// adds an operation fails here until a test drives it (or it is listed below with the reason).
const { it } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { ElasticSipTrunkingService } = require('@sinch/elastic-sip-trunking');

// Methods every API object inherits for configuration; they are not operations of the API.
const CONFIGURATION = new Set(['constructor', 'client', 'getSinchClient', 'setHostname', 'setCredentials']);

// Operations the official SDK lacks, and how the suite covers them instead.
const NOT_IN_SDK = {
  phoneNumbers: 'no phone-number operation in 1.4.0: project.test.js assigns, lists and unassigns '
    + 'numbers through the SDK\'s own authenticated ApiFetchClient',
};

function operations() {
  const service = new ElasticSipTrunkingService({ projectId: 'p', keyId: 'k', keySecret: 's' });
  const found = [];
  for (const [name, api] of Object.entries(service)) {
    if (name === 'lazyClient') {
      continue;
    }
    for (const method of Object.getOwnPropertyNames(Object.getPrototypeOf(api))) {
      if (!CONFIGURATION.has(method) && typeof api[method] === 'function') {
        found.push(`${name}.${method}`);
      }
    }
  }
  return found.sort();
}

it('the installed SDK is @sinch/elastic-sip-trunking 1.4.0', () => {
  const main = require.resolve('@sinch/elastic-sip-trunking');
  const pkg = JSON.parse(fs.readFileSync(path.join(main.slice(0, main.lastIndexOf('dist')), 'package.json'), 'utf8'));
  assert.equal(pkg.version, '1.4.0');
});

it('every operation of the official SDK is driven by a test', () => {
  const sources = fs.readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js') && f !== path.basename(__filename))
    .map((f) => fs.readFileSync(path.join(__dirname, f), 'utf8'))
    .join('\n');
  const ops = operations();

  const untested = ops.filter((op) => !sources.includes(`est.${op}(`));

  assert.equal(ops.length, 47, `the SDK's operations:\n${ops.join('\n')}`);
  assert.deepEqual(untested, [], 'operations no test calls');
});

it('what the SDK lacks is listed with the reason', () => {
  const service = new ElasticSipTrunkingService({ projectId: 'p', keyId: 'k', keySecret: 's' });
  for (const missing of Object.keys(NOT_IN_SDK)) {
    assert.equal(service[missing], undefined, `${missing} appeared in the SDK: drive it and drop it from NOT_IN_SDK`);
  }
});
