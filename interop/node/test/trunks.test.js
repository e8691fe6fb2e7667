'use strict';
// Trunks, their links to ACLs and credential lists, and their endpoints (static and registered),
// through every such operation of @sinch/elastic-sip-trunking 1.4.0.
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startSimulator, collect, rejection, PROJECT_ID } = require('./simulator');

describe('SIP trunks', () => {
  let sim;
  let est;
  before(async () => {
    sim = await startSimulator();
    est = sim.sinch();
  });
  after(() => sim.stop());

  it('create, get, list (with the domain filter), update and delete a trunk', async () => {
    const created = await est.sipTrunks.create({
      createSipTrunkRequestBody: { name: 'Acme HQ', hostName: 'acme-hq', enableCallerName: true },
    });
    assert.match(created.id, /^[0-9A-Z]{26}$/);
    assert.equal(created.domain, 'acme-hq.pstn.sinch.com');
    assert.equal(created.enableCallerName, true);
    assert.equal(created.projectId, PROJECT_ID);
    assert.ok(created.createTime instanceof Date, 'the SDK revives createTime into a Date');

    const got = await est.sipTrunks.get({ sipTrunkId: created.id });
    assert.equal(got.name, 'Acme HQ');

    const page = await est.sipTrunks.list({ domain: 'acme-hq.pstn.sinch.com' });
    assert.deepEqual(page.data.map((t) => t.id), [created.id]);
    assert.equal(page.hasNextPage, false);

    const updated = await est.sipTrunks.update({
      sipTrunkId: created.id,
      updateSipTrunkRequestBody: { name: 'Acme Head Office', hostName: 'acme-head', enableCallerName: false },
    });
    assert.equal(updated.name, 'Acme Head Office');
    assert.equal(updated.domain, 'acme-head.pstn.sinch.com', 'domain follows the hostName');
    assert.equal(updated.enableCallerName, false);

    await est.sipTrunks.delete({ sipTrunkId: created.id });
    const gone = await rejection(est.sipTrunks.get({ sipTrunkId: created.id }));
    assert.equal(gone.statusCode, 404);
  });

  it('a partial update, which the SDK\'s types allow, is refused: PUT replaces the whole trunk', async () => {
    // UpdateSipTrunkRequestData types the body as Partial<Pick<SipTrunk, 'name' | 'hostName' |
    // 'enableCallerName'>>, but the API documents PUT as a full replacement ("any missing fields
    // will be set to null"). A trunk without a hostName cannot exist, so the simulator answers 400
    // naming the field, and the trunk stays as it was. Send every field.
    const trunk = await est.sipTrunks.create({ createSipTrunkRequestBody: { name: 'Partial', hostName: 'partial' } });

    const error = await rejection(est.sipTrunks.update({
      sipTrunkId: trunk.id, updateSipTrunkRequestBody: { name: 'Renamed only' },
    }));

    assert.equal(error.statusCode, 400);
    const body = JSON.parse(error.data);
    assert.equal(body.status, 'VALIDATION_FAILED');
    assert.deepEqual(body.details[0].fieldViolations.map((v) => v.field), ['hostName']);
    assert.equal((await est.sipTrunks.get({ sipTrunkId: trunk.id })).name, 'Partial');
  });

  it('links ACLs to a trunk through both APIs that offer it, lists and removes them', async () => {
    const trunk = await est.sipTrunks.create({ createSipTrunkRequestBody: { name: 'Linked', hostName: 'linked' } });
    const acl = (name, ip) => est.accessControlList.create({
      createAccessControlListBody: { name, enabled: true, ipRanges: [{ ipAddress: ip, range: 32 }] },
    });
    const a = await acl('office', '203.0.113.10');
    const b = await acl('branch', '203.0.113.20');

    const added = await est.sipTrunks.addAccessControlList({
      trunkId: trunk.id, addAccessControlListToTrunkRequestBody: { accessControlListIds: [a.id] },
    });
    assert.deepEqual(added.accessControlListIds, [a.id]);
    await est.accessControlList.addToTrunk({
      trunkId: trunk.id, addAccessControlListToTrunkRequestBody: { accessControlListIds: [b.id] },
    });

    assert.deepEqual(await collect(est.sipTrunks.listAccessControlLists({ trunkId: trunk.id })), [a.id, b.id]);
    await est.sipTrunks.deleteAccessControlList({ trunkId: trunk.id, accessControlListId: a.id });
    assert.deepEqual(await collect(est.accessControlList.listForTrunk({ trunkId: trunk.id })), [b.id]);
    await est.accessControlList.deleteFromTrunk({ trunkId: trunk.id, accessControlListId: b.id });
    assert.deepEqual(await collect(est.sipTrunks.listAccessControlLists({ trunkId: trunk.id })), []);
  });

  it('links credential lists to a trunk, reads them back as objects, replaces and removes them', async () => {
    const trunk = await est.sipTrunks.create({ createSipTrunkRequestBody: { name: 'Creds', hostName: 'creds' } });
    const list = (name, username) => est.credentialLists.create({
      createCredentialListRequestBody: { name, credentials: [{ username, password: 'Secret-Passw0rd' }] },
    });
    const a = await list('alpha', 'alice01');
    const b = await list('beta', 'bob01');

    const added = await est.sipTrunks.addCredentialLists({
      trunkId: trunk.id, addCredentialListIdsToTrunkRequestBody: { credentialListIds: [a.id, b.id] },
    });
    assert.deepEqual(added.credentialListIds, [a.id, b.id]);

    // The SDK reads the key `credentialLists` and expects CredentialList objects.
    const linked = await collect(est.sipTrunks.listCredentialLists({ trunkId: trunk.id }));
    assert.deepEqual(linked.map((l) => l.id), [a.id, b.id]);
    assert.deepEqual(linked.map((l) => l.name), ['alpha', 'beta']);
    assert.deepEqual(linked[0].credentials.map((c) => c.username), ['alice01']);
    assert.ok(!JSON.stringify(linked).includes('Secret-Passw0rd'), 'passwords are never returned');

    const replaced = await est.sipTrunks.updateCredentialLists({
      trunkId: trunk.id, updateCredentialListIdsForTrunkRequestBody: { credentialListIds: [b.id] },
    });
    assert.deepEqual(replaced.credentialListIds, [b.id]);
    await est.sipTrunks.deleteCredentialList({ trunkId: trunk.id, credentialListId: b.id });
    assert.deepEqual(await collect(est.sipTrunks.listCredentialLists({ trunkId: trunk.id })), []);
  });
});

describe('SIP endpoints', () => {
  let sim;
  let est;
  let trunk;
  before(async () => {
    sim = await startSimulator();
    est = sim.sinch();
    trunk = await est.sipTrunks.create({ createSipTrunkRequestBody: { name: 'Endpoints', hostName: 'endpoints' } });
  });
  after(() => sim.stop());

  it('create, get, list, update and delete a static endpoint', async () => {
    const created = await est.sipEndpoints.create({
      sipTrunkId: trunk.id,
      createSipEndpointRequestBody: { name: 'pbx', address: '198.51.100.7', priority: 1 },
    });
    assert.equal(created.sipTrunkId, trunk.id);
    assert.equal(created.port, 5060, 'the documented default port');
    assert.equal(created.transport, 'UDP', 'the documented default transport');
    assert.equal(created.enabled, true);

    const got = await est.sipEndpoints.get({ sipTrunkId: trunk.id, sipEndpointId: created.id });
    assert.equal(got.address, '198.51.100.7');

    const updated = await est.sipEndpoints.update({
      sipTrunkId: trunk.id,
      sipEndpointId: created.id,
      updateSipEndpointRequestBody: {
        name: 'pbx', address: '198.51.100.8', port: 5080, transport: 'TCP', priority: 2, enabled: false,
      },
    });
    assert.equal(updated.address, '198.51.100.8');
    assert.equal(updated.port, 5080);
    assert.equal(updated.transport, 'TCP');
    assert.equal(updated.enabled, false);

    assert.deepEqual((await collect(est.sipEndpoints.list({ sipTrunkId: trunk.id }))).map((e) => e.id),
      [created.id]);
    await est.sipEndpoints.delete({ sipTrunkId: trunk.id, sipEndpointId: created.id });
    assert.deepEqual(await collect(est.sipEndpoints.list({ sipTrunkId: trunk.id })), []);
  });

  it('a registered endpoint needs its username in a credential list of the project', async () => {
    const refused = await rejection(est.sipEndpoints.create({
      sipTrunkId: trunk.id,
      createSipEndpointRequestBody: { name: 'phone', isRegistered: true, credentialUsername: 'desk01', priority: 1 },
    }));
    assert.equal(refused.statusCode, 404);
    assert.equal(JSON.parse(refused.data).status, 'CREDENTIAL_NOT_FOUND');

    await est.credentialLists.create({
      createCredentialListRequestBody: {
        name: 'desk phones', credentials: [{ username: 'desk01', password: 'Secret-Passw0rd' }],
      },
    });
    const created = await est.sipEndpoints.create({
      sipTrunkId: trunk.id,
      createSipEndpointRequestBody: { name: 'phone', isRegistered: true, credentialUsername: 'desk01', priority: 3 },
    });
    assert.equal(created.isRegistered, true);
    assert.equal(created.credentialUsername, 'desk01');
    assert.equal(created.priority, 3);

    const updated = await est.sipEndpoints.update({
      sipTrunkId: trunk.id,
      sipEndpointId: created.id,
      updateSipEndpointRequestBody: {
        name: 'phone 2', isRegistered: true, credentialUsername: 'desk01', priority: 1, enabled: true,
      },
    });
    assert.equal(updated.name, 'phone 2');
    assert.equal(updated.priority, 1);
  });
});
