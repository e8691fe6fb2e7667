'use strict';
// Access control lists with their IP ranges, and credential lists with their credentials.
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startSimulator, collect, rejection } = require('./simulator');

describe('access control lists and IP ranges', () => {
  let sim;
  let est;
  before(async () => {
    sim = await startSimulator();
    est = sim.sinch();
  });
  after(() => sim.stop());

  it('create, get, list, update and delete an ACL', async () => {
    const created = await est.accessControlList.create({
      createAccessControlListBody: {
        name: 'HQ SBC', enabled: true, ipRanges: [{ description: 'SBC', ipAddress: '203.0.113.0', range: 24 }],
      },
    });
    assert.equal(created.name, 'HQ SBC');
    assert.equal(created.ipRanges.length, 1);
    assert.equal(created.ipRanges[0].accessControlListId, created.id);
    assert.equal(created.ipRanges[0].range, 24);

    assert.equal((await est.accessControlList.get({ id: created.id })).enabled, true);

    const updated = await est.accessControlList.update({
      id: created.id,
      updateAccessControlListRequestBody: { name: 'HQ SBC (off)', enabled: false },
    });
    assert.equal(updated.name, 'HQ SBC (off)');
    assert.equal(updated.enabled, false);
    assert.equal(updated.ipRanges.length, 1, 'an update without ipRanges keeps the ranges');

    assert.deepEqual((await collect(est.accessControlList.list({}))).map((a) => a.id), [created.id]);
    await est.accessControlList.delete({ id: created.id });
    assert.equal((await rejection(est.accessControlList.get({ id: created.id }))).statusCode, 404);
  });

  it('add, list, update and delete IP ranges', async () => {
    const acl = await est.accessControlList.create({
      createAccessControlListBody: { name: 'ranges', enabled: true, ipRanges: [{ ipAddress: '198.51.100.1' }] },
    });
    assert.equal(acl.ipRanges[0].range, 32, 'range defaults to 32');

    const added = await est.accessControlList.addIpRange({
      accessControlListId: acl.id,
      addIpRangeRequestBody: { description: 'West wing', ipAddress: '10.0.1.0', range: 24 },
    });
    assert.equal(added.accessControlListId, acl.id);
    assert.equal(added.description, 'West wing');

    const ranges = await collect(est.accessControlList.listIpRanges({ accessControlListId: acl.id }));
    assert.deepEqual(ranges.map((r) => r.ipAddress), ['198.51.100.1', '10.0.1.0']);

    const updated = await est.accessControlList.updateIpRange({
      accessControlListId: acl.id,
      ipRangeId: added.id,
      updateIpRangeRequestBody: { ipAddress: '11.12.13.0', range: 27 },
    });
    assert.equal(updated.ipAddress, '11.12.13.0');
    assert.equal(updated.range, 27);

    await est.accessControlList.deleteIpRange({ accessControlListId: acl.id, ipRangeId: added.id });
    assert.deepEqual((await collect(est.accessControlList.listIpRanges({ accessControlListId: acl.id })))
      .map((r) => r.ipAddress), ['198.51.100.1']);
  });

  it('an IP range given in CIDR notation is refused as the API does', async () => {
    const error = await rejection(est.accessControlList.create({
      createAccessControlListBody: { name: 'cidr', enabled: true, ipRanges: [{ ipAddress: '203.0.113.10/32' }] },
    }));
    assert.equal(error.statusCode, 400);
    assert.equal(JSON.parse(error.data).status, 'VALIDATION_FAILED');
  });
});

describe('credential lists and credentials', () => {
  let sim;
  let est;
  before(async () => {
    sim = await startSimulator();
    est = sim.sinch();
  });
  after(() => sim.stop());

  it('create, get, list, rename and delete a credential list; passwords are never returned', async () => {
    const created = await est.credentialLists.create({
      createCredentialListRequestBody: {
        name: 'Multi credentials list',
        credentials: [{ username: 'User01', password: 'SecurePassword!234' }, { username: 'User02', password: 'SecurePassword!567' }],
      },
    });
    assert.deepEqual(created.credentials.map((c) => c.username), ['User01', 'User02']);
    assert.ok(!JSON.stringify(created).includes('SecurePassword'), 'no password in the answer');

    assert.equal((await est.credentialLists.get({ id: created.id })).name, 'Multi credentials list');
    const renamed = await est.credentialLists.update({
      id: created.id, updateCredentialListRequestBody: { name: 'Renamed list' },
    });
    assert.equal(renamed.name, 'Renamed list');
    assert.equal(renamed.credentials.length, 2, 'a rename keeps the credentials');

    assert.deepEqual((await collect(est.credentialLists.list({}))).map((l) => l.id), [created.id]);
    await est.credentialLists.delete({ id: created.id });
    assert.equal((await rejection(est.credentialLists.get({ id: created.id }))).statusCode, 404);
  });

  it('set and delete one credential; a weak password is refused', async () => {
    const list = await est.credentialLists.create({
      createCredentialListRequestBody: { name: 'one by one', credentials: [{ username: 'first01', password: 'Secret-Passw0rd' }] },
    });

    const set = await est.credentialLists.updateCredential({
      id: list.id, username: 'second01', updateCredentialPasswordRequestBody: { password: 'Another-Passw0rd' },
    });
    assert.equal(set.username, 'second01', 'the answer is the credential, as the SDK types it');
    assert.equal(set.password, undefined);
    assert.deepEqual((await est.credentialLists.get({ id: list.id })).credentials.map((c) => c.username),
      ['first01', 'second01']);

    const weak = await rejection(est.credentialLists.updateCredential({
      id: list.id, username: 'third01', updateCredentialPasswordRequestBody: { password: 'short' },
    }));
    assert.equal(weak.statusCode, 400);
    assert.ok(!weak.data.includes('short"'), 'the refused password is not echoed');

    await est.credentialLists.deleteCredential({ id: list.id, username: 'first01' });
    assert.deepEqual((await est.credentialLists.get({ id: list.id })).credentials.map((c) => c.username),
      ['second01']);
  });

  it('lists the trunks a credential list is linked to', async () => {
    const list = await est.credentialLists.create({
      createCredentialListRequestBody: { name: 'shared', credentials: [{ username: 'shared01', password: 'Secret-Passw0rd' }] },
    });
    const trunk = await est.sipTrunks.create({ createSipTrunkRequestBody: { name: 'Uses list', hostName: 'uses-list' } });
    await est.sipTrunks.addCredentialLists({
      trunkId: trunk.id, addCredentialListIdsToTrunkRequestBody: { credentialListIds: [list.id] },
    });

    const trunks = await collect(est.credentialLists.listTrunks({ id: list.id }));

    assert.deepEqual(trunks.map((t) => t.id), [trunk.id]);
    const refused = await rejection(est.credentialLists.delete({ id: list.id }));
    assert.equal(refused.statusCode, 400, 'a linked list cannot be deleted');
  });
});
