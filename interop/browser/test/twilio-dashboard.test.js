'use strict';
// The Twilio simulator's dashboard (the standalone jar with --carrier twilio) in Debian's headless
// Chromium, driven by playwright-core. Everything stays on loopback; nothing is downloaded.
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
const ACCOUNT = `AC${'b1'.repeat(16)}`;
const TOKEN = 'browser-auth-token-value';
const PASSWORD = 'Browser-Twilio-Passw0rd';
const NUMBER = '+15005550006';
const WAIT_MS = 15_000;

describe('Twilio dashboard in Chromium', () => {
  let sim;
  let context;
  let page;
  let profile;
  let trunk;
  let acl;
  let list;

  async function twilio(method, pathname, form) {
    const url = pathname.startsWith('./') ? `/2010-04-01/Accounts/${ACCOUNT}${pathname.slice(1)}` : pathname;
    const r = await fetch(`${sim.baseUrl}${url}`, {
      method,
      headers: {
        Authorization: `Basic ${Buffer.from(`${ACCOUNT}:${TOKEN}`).toString('base64')}`,
        ...(form ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: form ? new URLSearchParams(form).toString() : undefined,
    });
    const text = await r.text();
    assert.ok(r.status < 300, `${method} ${url}: ${r.status} ${text}`);
    return text ? JSON.parse(text) : null;
  }

  before(async () => {
    assert.ok(fs.existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install chromium chromium-driver`);
    sim = await startSimulator(['--carrier', 'twilio', '--account-sid', ACCOUNT, '--auth-token', TOKEN,
      '--owned-numbers', NUMBER]);
    trunk = await twilio('POST', '/v1/Trunks', { FriendlyName: 'Acme HQ', DomainName: 'acme-hq.pstn.twilio.com' });
    await twilio('POST', `/v1/Trunks/${trunk.sid}/OriginationUrls`,
      { FriendlyName: 'backup', SipUrl: 'sip:pbx2.example.com', Priority: '20', Weight: '10', Enabled: 'true' });
    await twilio('POST', `/v1/Trunks/${trunk.sid}/OriginationUrls`,
      { FriendlyName: 'primary', SipUrl: 'sip:pbx1.example.com', Priority: '10', Weight: '50', Enabled: 'true' });
    acl = await twilio('POST', './SIP/IpAccessControlLists.json', { FriendlyName: 'HQ SBC' });
    await twilio('POST', `./SIP/IpAccessControlLists/${acl.sid}/IpAddresses.json`,
      { FriendlyName: 'sbc', IpAddress: '203.0.113.0', CidrPrefixLength: '24' });
    list = await twilio('POST', './SIP/CredentialLists.json', { FriendlyName: 'Desk phones' });
    await twilio('POST', `./SIP/CredentialLists/${list.sid}/Credentials.json`, { Username: 'alice01', Password: PASSWORD });
    await twilio('POST', `/v1/Trunks/${trunk.sid}/IpAccessControlLists`, { IpAccessControlListSid: acl.sid });
    await twilio('POST', `/v1/Trunks/${trunk.sid}/CredentialLists`, { CredentialListSid: list.sid });
    const numbers = await twilio('GET', `./IncomingPhoneNumbers.json?PhoneNumber=${encodeURIComponent(NUMBER)}`);
    await twilio('POST', `/v1/Trunks/${trunk.sid}/PhoneNumbers`, { PhoneNumberSid: numbers.incoming_phone_numbers[0].sid });

    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'est-twilio-dashboard-'));
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

  it('shows the trunk with its origination URLs by priority and its associations, secrets masked', async () => {
    const summary = page.locator('details.trunk > summary', { hasText: 'Acme HQ' });
    await summary.waitFor();
    assert.match(await summary.textContent(), /acme-hq\.pstn\.twilio\.com/);

    await summary.click();
    const tree = page.locator(`details[data-key="trunk:${trunk.sid}"]`);
    for (const part of ['urls', 'acls', 'lists', 'numbers']) {
      await tree.locator(`details[data-key="${part}:${trunk.sid}"] > summary`).click();
    }
    for (const inner of [`acl:${trunk.sid}:${acl.sid}`, `list:${trunk.sid}:${list.sid}`]) {
      const details = tree.locator(`details[data-key="${inner}"]`);
      await details.locator('> summary').click();
      await page.waitForFunction((key) => document.querySelector(`details[data-key="${key}"]`)?.open, inner);
    }

    const text = await tree.innerText();
    assert.match(text, /HQ SBC/);
    assert.match(text, /203\.0\.113\.0\/24/);
    assert.match(text, /Desk phones/);
    assert.match(text, /alice01 password \*\*\*/);
    assert.match(text, /\+15005550006/);
    const urls = await tree.locator(`details[data-key="urls:${trunk.sid}"] li`).allInnerTexts();
    assert.deepEqual(urls.map((u) => u.split(' ').slice(0, 2).join(' ')),
      ['1. sip:pbx1.example.com', '2. sip:pbx2.example.com'], 'origination URLs in the order calls try them');
    assert.equal(await page.locator('#auth-token').textContent(), '***');
    const html = await page.content();
    assert.ok(!html.includes(PASSWORD), 'no credential password anywhere in the page');
    assert.ok(!html.includes(TOKEN), 'no Auth Token anywhere in the page');
  });

  it('shows the account-level lists and a new journal entry, keeping the tree open while it polls', async () => {
    await page.locator('details[data-key="account:lists"] > summary').click();
    assert.match(await page.locator('#account-lists').innerText(), /Desk phones/);

    await twilio('GET', '/v1/Trunks?PageSize=7');

    const row = page.locator('#journal tbody tr', { hasText: 'PageSize=7' });
    await row.waitFor();
    assert.match(await row.innerText(), /GET/);
    assert.match(await row.innerText(), /200/);
    assert.match(await row.innerText(), /Basic \*\*\*/);
    assert.ok(await page.locator(`details[data-key="trunk:${trunk.sid}"]`).evaluate((d) => d.open));
  });

  it('empties after POST /_simulator/reset', async () => {
    await sim.control('POST', '/reset');

    await page.locator('#trunks', { hasText: 'No trunks' }).waitFor();
  });
});
