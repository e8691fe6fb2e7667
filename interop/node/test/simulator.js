'use strict';
// The standalone simulator (see ../../shared/standalone.js) with Sinch's official SDK client
// built against it, pointed at loopback only.
const { SinchClient } = require('@sinch/sdk-core');
const { startSimulator: start, PROJECT_ID } = require('../../shared/standalone');

/**
 * @param {string[]} [flags] extra command-line flags for the jar
 * @return the simulator handle, plus sinch(): the official SDK's Elastic SIP Trunking service
 */
async function startSimulator(flags = []) {
  const sim = await start(flags);
  sim.sinch = () => new SinchClient({
    projectId: sim.projectId,
    keyId: sim.keyId,
    keySecret: sim.keySecret,
    authHostname: sim.baseUrl,
    elasticSipTrunkingHostname: sim.baseUrl,
  }).elasticSipTrunking;
  return sim;
}

/** Collects every item of an official-SDK list promise through its auto-pagination. */
async function collect(listPromise) {
  const items = [];
  for await (const item of listPromise) {
    items.push(item);
  }
  return items;
}

/** @return {Promise<Error>} the error a promise rejects with (fails when it resolves) */
async function rejection(promise) {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

module.exports = { startSimulator, collect, rejection, PROJECT_ID };
