'use strict';
// The simulator's dashboard in a real browser: Debian's Chromium (/usr/bin/chromium), headless,
// driven by playwright-core over the DevTools protocol. Nothing is downloaded: playwright-core
// ships no browser, and Chromium runs with its background networking switched off against a
// loopback simulator.
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');
const { startSimulator } = require('../../shared/standalone');

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const PASSWORD = 'Browser-Passw0rd';
const WAIT_MS = 15_000;

describe('dashboard in Chromium', () => {
  let sim;
  let context;
  let page;
  let profile;
  let trunk;

  before(async () => {
    assert.ok(fs.existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install chromium chromium-driver`);
    sim = await startSimulator();
    const ok = (r) => {
      assert.ok(r.status < 300, JSON.stringify(r.json));
      return r.json;
    };
    trunk = ok(await sim.api('POST', '/trunks', { name: 'Acme HQ', hostName: 'acme-hq' }));
    const acl = ok(await sim.api('POST', '/accessControlLists', {
      name: 'HQ SBC', enabled: true, ipRanges: [{ ipAddress: '203.0.113.0', range: 24 }],
    }));
    const list = ok(await sim.api('POST', '/credentialLists', {
      name: 'Desk phones', credentials: [{ username: 'alice01', password: PASSWORD }],
    }));
    ok(await sim.api('POST', `/trunks/${trunk.id}/accessControlLists`, { accessControlListIds: [acl.id] }));
    ok(await sim.api('POST', `/trunks/${trunk.id}/credentialLists`, { credentialListIds: [list.id] }));
    ok(await sim.api('POST', `/trunks/${trunk.id}/endpoints`, { name: 'backup pbx', address: '198.51.100.2', priority: 2 }));
    ok(await sim.api('POST', `/trunks/${trunk.id}/endpoints`, { name: 'main pbx', address: '198.51.100.1', priority: 1 }));
    ok(await sim.api('POST', '/phoneNumbers', { sipTrunkId: trunk.id, phoneNumber: '+12025550101' }));

    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'est-dashboard-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM, headless: true, args: FLAGS, timeout: 60_000,
    });
    page = context.pages()[0] ?? await context.newPage();
    page.setDefaultTimeout(WAIT_MS);
    await page.goto(`${sim.baseUrl}/_simulator/`);
  });

  after(async () => {
    await context?.close();
    await sim?.stop();
    if (profile) {
      fs.rmSync(profile, { recursive: true, force: true });
    }
  });

  it('loads and shows the trunk created through the API with its children, passwords masked', async () => {
    const summary = page.locator('details.trunk > summary', { hasText: 'Acme HQ' });
    await summary.waitFor();
    assert.match(await summary.textContent(), /acme-hq\.pstn\.sinch\.com/);

    await summary.click();
    const tree = page.locator(`details[data-key="trunk:${trunk.id}"]`);
    for (const part of ['acls', 'lists', 'endpoints', 'numbers']) {
      await tree.locator(`details[data-key="${part}:${trunk.id}"] > summary`).click();
    }

    const text = await tree.innerText();
    assert.match(text, /HQ SBC/);
    assert.match(text, /203\.0\.113\.0\/24/);
    assert.match(text, /Desk phones/);
    assert.match(text, /alice01 password \*\*\*/);
    assert.match(text, /\+12025550101/);
    const endpoints = await tree.locator(`details[data-key="endpoints:${trunk.id}"] li`).allInnerTexts();
    assert.deepEqual(endpoints.map((e) => e.split(' ')[0]), ['1.', '2.'], 'endpoints by priority');
    assert.ok(!(await page.content()).includes(PASSWORD), 'no password anywhere in the page');
  });

  it('shows a new journal entry, and keeps the tree open while it polls', async () => {
    await sim.api('GET', '/trunks?page=1&size=7');

    const row = page.locator('#journal tbody tr', { hasText: 'size=7' });
    await row.waitFor();
    assert.match(await row.innerText(), /GET/);
    assert.match(await row.innerText(), /200/);
    assert.match(await row.innerText(), /Basic \*\*\*/);
    assert.ok(await page.locator(`details[data-key="trunk:${trunk.id}"]`).evaluate((d) => d.open));
  });

  it('lists a change inside the propagation window until it reaches the edge', async () => {
    const later = (await sim.api('POST', '/trunks', { name: 'Later', hostName: 'later' })).json;

    const pending = page.locator('#propagation tr', { hasText: later.id });
    await pending.waitFor();
    assert.match(await pending.innerText(), /trunk/);
  });

  it('the clock button advances the simulator clock', async () => {
    const before = Date.parse((await sim.control('GET', '/clock')).now);
    await page.fill('#advance-seconds', '3600');

    await page.click('#advance');

    await page.waitForFunction((min) => Date.parse(document.getElementById('clock').textContent) >= min,
      before + 3600_000);
    const after = Date.parse((await sim.control('GET', '/clock')).now);
    assert.ok(after >= before + 3600_000, `clock moved from ${before} to ${after}`);
    await page.locator('#propagation', { hasText: 'Nothing pending' }).waitFor();
  });

  it('the SIP form returns the edge\'s answer', async () => {
    await page.selectOption('#sip-kind', 'outbound');
    await page.fill('input[name=sourceIp]', '203.0.113.10');
    await page.fill('input[name=from]', 'sip:+12025550101@acme-hq.pstn.sinch.com');
    await page.fill('input[name=to]', '+12025550199');
    await page.fill('input[name=domain]', 'acme-hq.pstn.sinch.com');

    await page.click('#sip-send');

    const result = page.locator('#sip-result');
    await result.filter({ hasText: 'SIP' }).waitFor();
    assert.match(await result.innerText(), /^SIP 200 OK/);

    await page.fill('input[name=sourceIp]', '192.0.2.1');
    await page.click('#sip-send');
    // Credential lists are linked, so an unknown source IP is challenged for digest credentials.
    await result.filter({ hasText: 'SIP 401' }).waitFor();
    assert.match(await result.innerText(), /is not in a linked ACL/);

    await page.selectOption('#sip-kind', 'register');
    await page.fill('input[name=domain]', 'acme-hq.pstn.sinch.com');
    await page.fill('input[name=username]', 'alice01');
    await page.fill('input[name=password]', 'Wrong-Passw0rd1');
    await page.click('#sip-send');
    await result.filter({ hasText: 'wrong password' }).waitFor();
    assert.match(await result.innerText(), /^SIP 401 Unauthorized/);
    assert.ok(!(await page.content()).includes(PASSWORD), 'no password anywhere in the page');
  });
});
