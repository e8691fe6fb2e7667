'use strict';
// The official SDK's auto-pagination over several pages, and its OAuth2 token refresh after the
// token expired on the simulator's clock.
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startSimulator, collect } = require('./simulator');

async function journal(sim) {
  const r = await fetch(`${sim.baseUrl}/__admin/requests`);
  // WireMock lists the newest request first.
  return (await r.json()).requests.reverse().map((e) => ({
    method: e.request.method, url: e.request.url, status: e.response.status,
  }));
}

describe('auto-pagination', () => {
  let sim;
  let est;
  before(async () => {
    sim = await startSimulator();
    est = sim.sinch();
    for (let i = 0; i < 7; i++) {
      await est.sipTrunks.create({ createSipTrunkRequestBody: { name: `Paged ${i}`, hostName: `paged-${i}` } });
    }
  });
  after(() => sim.stop());

  it('iterates every trunk across four pages of two, asking for each page once', async () => {
    const before = (await journal(sim)).length;

    const names = (await collect(est.sipTrunks.list({ size: 2 }))).map((t) => t.name);

    assert.deepEqual(names, [0, 1, 2, 3, 4, 5, 6].map((i) => `Paged ${i}`));
    const pages = (await journal(sim)).slice(before).filter((r) => r.url.includes('/trunks?'));
    assert.deepEqual(pages.map((r) => new URL(r.url, sim.baseUrl).searchParams.get('page') ?? '1'),
      ['1', '2', '3', '4']);
  });

  it('one page at a time: hasNextPage and nextPage() follow the envelope', async () => {
    const first = await est.sipTrunks.list({ size: 3 });
    assert.equal(first.data.length, 3);
    assert.equal(first.hasNextPage, true);

    const second = await first.nextPage();
    const third = await second.nextPage();

    assert.equal(second.data[0].name, 'Paged 3');
    assert.deepEqual(third.data.map((t) => t.name), ['Paged 6']);
    assert.equal(third.hasNextPage, false);
  });
});

describe('OAuth2', () => {
  let sim;
  before(async () => {
    sim = await startSimulator(['--token-ttl', '600']);
  });
  after(() => sim.stop());

  it('fetches one token, and after it expires on the simulator clock gets a new one and replays the call', async () => {
    const est = sim.sinch();
    const start = (await journal(sim)).length;

    await est.sipTrunks.create({ createSipTrunkRequestBody: { name: 'Before expiry', hostName: 'before' } });
    await collect(est.sipTrunks.list({}));
    const afterFirst = (await journal(sim)).slice(start);
    assert.equal(afterFirst.filter((r) => r.url === '/oauth2/token').length, 1, 'one token for both calls');

    // The SDK judges expiry by the JWT's exp against its own wall clock, so it keeps sending the
    // token; the simulator, whose clock moved past exp, answers 401 with `expired` in
    // WWW-Authenticate, which is what makes the SDK refresh and replay.
    await sim.control('POST', '/clock/advance', { seconds: 601 });
    const trunks = await collect(est.sipTrunks.list({}));

    assert.deepEqual(trunks.map((t) => t.name), ['Before expiry']);
    const afterExpiry = (await journal(sim)).slice(start + afterFirst.length)
      .filter((r) => !r.url.startsWith('/_simulator'));
    assert.deepEqual(afterExpiry.map((r) => `${r.method} ${r.url.split('?')[0]} ${r.status}`), [
      'GET /v1/projects/sim-project/trunks 401',
      'POST /oauth2/token 200',
      'GET /v1/projects/sim-project/trunks 200',
    ]);
  });

  it('a wrong key secret fails the token request with 401 and no API call is made', async () => {
    const { SinchClient } = require('@sinch/sdk-core');
    const est = new SinchClient({
      projectId: sim.projectId, keyId: 'sim-key', keySecret: 'not-the-secret',
      authHostname: sim.baseUrl, elasticSipTrunkingHostname: sim.baseUrl,
    }).elasticSipTrunking;
    const start = (await journal(sim)).length;

    await assert.rejects(est.sipTrunks.get({ sipTrunkId: 'x' }), (e) => e.statusCode === 401);

    const calls = (await journal(sim)).slice(start);
    assert.deepEqual(calls.map((r) => `${r.url} ${r.status}`), ['/oauth2/token 401']);
  });
});
