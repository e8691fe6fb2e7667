'use strict';
// Lists every SIP trunk of a project several times in this one fresh process with the official
// Sinch Node SDK (@sinch/elastic-sip-trunking), as bench/run's row 7 does with est-sdk:
//
//   EST_KEY_ID=... EST_KEY_SECRET=... node list-trunks.js BASE_URL PROJECT_ID SWEEPS PAGE_SIZE
//
// BASE_URL serves both the API and POST /oauth2/token (the SDK authenticates with an OAuth2
// client-credentials token); the access key comes from the environment, never the command line. Prints one line per sweep, `SWEEP n items nanos`, timed from before
// the SDK is loaded (sweep 1: loading, client set-up, the token and every page) or from the end of
// the previous sweep, then `READY`. Exits non-zero, with the error on stderr, if a sweep fails.
const loaded = process.hrtime.bigint();

async function main() {
  const [baseUrl, projectId, sweepsArg, pageSizeArg] = process.argv.slice(2);
  const keyId = process.env.EST_KEY_ID;
  const keySecret = process.env.EST_KEY_SECRET;
  const sweeps = Number.parseInt(sweepsArg, 10);
  const size = Number.parseInt(pageSizeArg, 10);
  if (!baseUrl || !projectId || !keyId || !keySecret || !(sweeps > 0) || !(size > 0)) {
    throw new Error('usage: EST_KEY_ID=... EST_KEY_SECRET=... node list-trunks.js BASE_URL PROJECT_ID SWEEPS PAGE_SIZE');
  }
  const { ElasticSipTrunkingService } = require('@sinch/elastic-sip-trunking');
  const service = new ElasticSipTrunkingService({
    projectId,
    keyId,
    keySecret,
    authHostname: baseUrl,
    elasticSipTrunkingHostname: baseUrl,
  });
  let from = loaded;
  for (let sweep = 1; sweep <= sweeps; sweep++) {
    let items = 0;
    for await (const trunk of service.sipTrunks.list({ size })) {
      if (!trunk.id) {
        throw new Error(`sweep ${sweep}: a trunk without an id`);
      }
      items++;
    }
    const now = process.hrtime.bigint();
    process.stdout.write(`SWEEP ${sweep} ${items} ${now - from}\n`);
    from = now;
  }
  process.stdout.write('READY\n');
}

main().catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
