import { messageOf } from './json.js';
import { parseSimulatorArgs, UsageProblem } from './command-args.js';
import { startSimulator, type SimulatorOptions } from './index.js';
import { runOrgs, splitOrgsFlag } from './orgs.js';

/** `gc-timeouts simulator`: runs the simulator in the foreground until SIGINT or SIGTERM. */

export interface SimulatorCommandIO {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

const USAGE = `Usage: gc-timeouts simulator [options]

Runs a Genesys Cloud simulator on loopback: OAuth client credentials, data actions, drafts,
integrations and action analytics, with optional latency, rate limits and injected faults.

Options:
  --port N                 port to listen on (default 8787; 0 picks a free port)
  --host HOST              address to bind (default 127.0.0.1); any other than loopback needs
                           --client-secret: the default secret is published
  --seed SEED              demo (default), demo-dev, demo-prod, empty, or scale:N for N
                           generated actions
  --orgs NAME=SEED,...     several orgs at once, e.g. dev=demo-dev,prod=demo-prod: one simulator
                           per org on ports N, N+1, ... (0: free ports), client id ID-NAME each
  --latency-ms N           delay added to every response (default 0)
  --faults SPEC            e.g. 429:0.1,503:0.05,reset:0.02,stall:0.01 or 503@5-7
                           (also seed:S, retry-after:N, oauth to fault token requests too)
  --client-id ID           client id to accept (default gc-timeouts-demo)
  --client-secret SECRET   client secret to accept (default demo-secret-not-for-production)
  --token-ttl-seconds N    access token lifetime (default 86400)
  --inline-templates       return template text inline, not only as …TemplateUri
  --analytics MODE         full (default), no-percentiles (stats without p95/p99), empty (no
                           results) or forbidden (403 naming the permission)
  --analytics-sync-max N   refuse (400) a sync analytics query of more than N results, so
                           clients must use the async jobs (default 0: no limit)
  --admin                  serve the /__sim/ admin API (request log, faults, knobs, out-of-band edits)
  -h, --help               show this help

How a real org may answer (the first value is the default):
  --permissions LIST       permissions the client holds: all, or e.g.
                           integrations:action:view,integrations:action:edit; a call lacking
                           one answers 403 naming it
  --rate-limit N           requests per minute per access token, stated in inin-ratelimit-*
                           headers on every response (default 300; 0 disables)
  --retry-after on|off     send Retry-After with a 429 (off: only inin-ratelimit-reset)
  --version-mismatch 409|400|400-swagger|409-database|408|rotate
                           a stale version: 409; 400 "…does not match the current version…";
                           400 "Version does not match current version."; 409 "…must match the
                           version number in the database."; 408; or each form in turn
  --forbidden missing|any|unauthorized
                           a 403 names every missing permission, asks for "at least one of"
                           them, or names none (not.authorized)
  --patch-shape any|strict strict: refuse a PATCH config without request.headers and both
                           response maps as objects, or with a function action's requestUrlTemplate
  --function-processing N  a fresh draft's function answers 404 N times, and a publish after a
                           change 400 ACTION.PROCESSING N times (default 0)
  --function-rate N        function configuration/publish/delete requests a second (default 0: off)
  --deprecated-runtime allow-same|refuse
                           a function on a Deprecated runtime may keep it, or may not change at all
  --secure-dependencies both|secure-only
                           a secure action's flows are listed under DATAACTION too, or only under
                           SECUREACTION
  --missing-template 404|empty
                           a template an existing action lacks: 404, or 200 with an empty body
  --patch-config replace|merge
                           PATCH config replaces the stored one, or merges into it (keys left
                           out keep their values; null removes)
  --draft-zip keep|drop    a function action's draft keeps the published ZIP, or has none (then
                           publishing it leaves the function without code)
  --listing-config full|lean
                           the list's config carries all the single GET does, or lacks request
                           headers and translation-map defaults
  --page-cap N             the largest page a listing answers, 1-100 (default 100): a larger
                           pageSize is served in pages of N, echoed in pageSize
  --profile default|strict strict: every knob above at its least forgiving reading (rate limit
                           180, retry-after off, rotate, empty, merge, drop, lean, page cap 50,
                           unauthorized, strict, 2, 2, refuse, secure-only) and analytics without
                           percentiles; permissions stay as given and explicit flags win
`;

/** What to run next, with every argument: from the repository root, or an org of your own. */
export function suggestedCommands(url: string, seed: string): string[] {
  if (seed === 'demo')
    return [`  npx gc-timeouts plan --manifest examples/gc-timeouts.yaml --api-base-url ${url}`];
  return [
    `  npx gc-timeouts export --api-base-url ${url} --out gc-timeouts.yaml`,
    `  npx gc-timeouts plan --manifest gc-timeouts.yaml --api-base-url ${url}`,
  ];
}

function untilSignal(): Promise<string> {
  return new Promise((resolve) => {
    const onSignal = (signal: string): void => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

/**
 * Returns the exit code: 0 after a clean stop, 1 when the server cannot start, 2 for usage
 * errors. `until` replaces waiting for a signal (tests).
 */
export async function runSimulatorCommand(
  argv: string[],
  io: SimulatorCommandIO = { stdout: process.stdout, stderr: process.stderr },
  until?: Promise<unknown>,
): Promise<number> {
  const orgs = splitOrgsFlag(argv);
  if (orgs !== undefined)
    return runOrgs(orgs, io, () => until ?? untilSignal(), parseSimulatorArgs);
  let options: SimulatorOptions | 'help';
  try {
    options = parseSimulatorArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageProblem)) throw error;
    io.stderr.write(
      `gc-timeouts simulator: ${error.message}\nRun gc-timeouts simulator --help for usage.\n`,
    );
    return 2;
  }
  if (options === 'help') {
    io.stdout.write(USAGE);
    return 0;
  }
  let sim;
  try {
    sim = await startSimulator(options);
  } catch (error) {
    io.stderr.write(`gc-timeouts simulator: cannot start: ${messageOf(error)}\n`);
    return 1;
  }
  const actions = sim.state.store.actions.size;
  io.stdout.write(
    [
      `Genesys Cloud simulator listening on ${sim.url} (seed ${sim.state.options.seed}, ${actions} actions)`,
      `  client id:     ${sim.clientId}`,
      `  client secret: ${sim.clientSecret}`,
      '',
      'Point gc-timeouts at it:',
      `  export GENESYSCLOUD_OAUTHCLIENT_ID='${sim.clientId}'`,
      `  export GENESYSCLOUD_OAUTHCLIENT_SECRET='${sim.clientSecret}'`,
      ...suggestedCommands(sim.url, sim.state.options.seed),
      '',
      sim.state.options.admin
        ? `Admin API: ${sim.url}/__sim/requests, /__sim/faults, /__sim/knobs, /__sim/actions/{id}, /__sim/reset`
        : 'Admin API: off (--admin to enable)',
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  await (until ?? untilSignal());
  await sim.close();
  io.stdout.write('Simulator stopped.\n');
  return 0;
}
