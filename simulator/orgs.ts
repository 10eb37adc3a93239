import { messageOf } from './json.js';
import { isValidSeed } from './seeds/index.js';
import { startSimulator, type RunningSimulator, type SimulatorOptions } from './index.js';

/**
 * Several orgs at once (`--orgs dev=demo-dev,prod=demo-prod`): one simulator per org, each on its
 * own port with its own credentials. A real org is its own API host with its own OAuth clients,
 * state and rate limit per token; a port per org keeps all of that apart without teaching the
 * router about orgs, and distinct client ids make a run that sends dev's credentials to prod fail
 * with 401, as it would against Genesys Cloud.
 */

export interface OrgSpec {
  name: string;
  seed: string;
}

export interface RunningOrg extends OrgSpec {
  sim: RunningSimulator;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/;

/** `dev=demo-dev,prod=demo-prod` -> orgs in the given order; throws with the reason. */
export function parseOrgsSpec(spec: string): OrgSpec[] {
  const orgs = spec.split(',').map((part) => {
    const [name = '', seed, ...extra] = part.trim().split('=');
    if (!NAME.test(name) || seed === undefined || extra.length > 0)
      throw new Error(`"${part.trim()}" is not NAME=SEED (e.g. dev=demo-dev).`);
    if (!isValidSeed(seed)) throw new Error(`org ${name}: unknown seed "${seed}".`);
    return { name, seed };
  });
  const names = orgs.map((o) => o.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice !== undefined) throw new Error(`org ${twice} is named twice.`);
  return orgs;
}

/** The client id of one org: the given one (or the demo's) with the org's name after it. */
export function orgClientId(base: string, org: string): string {
  return `${base}-${org}`;
}

/**
 * Starts one simulator per org with the shared options; port N gives the orgs N, N+1, ...; 0 gives
 * each a free port. Stops the ones started when a later one cannot start.
 */
export async function startOrgs(
  specs: readonly OrgSpec[],
  options: SimulatorOptions = {},
): Promise<RunningOrg[]> {
  const started: RunningOrg[] = [];
  try {
    for (const [i, spec] of specs.entries()) {
      const port = options.port === undefined || options.port === 0 ? 0 : options.port + i;
      const clientId = orgClientId(options.clientId ?? 'gc-timeouts-demo', spec.name);
      const sim = await startSimulator({ ...options, seed: spec.seed, port, clientId });
      started.push({ ...spec, sim });
    }
  } catch (error) {
    await Promise.all(started.map((org) => org.sim.close()));
    throw error;
  }
  return started;
}

/** `--orgs SPEC` (or `--orgs=SPEC`) out of argv; undefined when it is not there. */
export function splitOrgsFlag(
  argv: readonly string[],
): { spec: string; rest: string[] } | undefined {
  const at = argv.findIndex((a) => a === '--orgs' || a.startsWith('--orgs='));
  if (at === -1) return undefined;
  const arg = argv[at] ?? '';
  const inline = arg.startsWith('--orgs=');
  const spec = inline ? arg.slice('--orgs='.length) : (argv[at + 1] ?? '');
  const rest = [...argv.slice(0, at), ...argv.slice(at + (inline ? 1 : 2))];
  return { spec, rest };
}

interface IO {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/** The `--orgs` run of `gc-timeouts simulator`; the other options are parsed by `parse`. */
export async function runOrgs(
  flag: { spec: string; rest: string[] },
  io: IO,
  wait: () => Promise<unknown>,
  parse: (argv: string[]) => SimulatorOptions | 'help',
): Promise<number> {
  let specs: OrgSpec[];
  let options: SimulatorOptions | 'help';
  try {
    specs = parseOrgsSpec(flag.spec);
    options = parse(flag.rest);
    if (options === 'help') throw new Error('--help does not go with --orgs.');
    if (options.seed !== undefined)
      throw new Error('--seed does not go with --orgs: give each org its seed.');
  } catch (error) {
    io.stderr.write(
      `gc-timeouts simulator: --orgs: ${messageOf(error)}\nRun gc-timeouts simulator --help for usage.\n`,
    );
    return 2;
  }
  let orgs: RunningOrg[];
  try {
    orgs = await startOrgs(specs, options);
  } catch (error) {
    io.stderr.write(`gc-timeouts simulator: cannot start: ${messageOf(error)}\n`);
    return 1;
  }
  io.stdout.write(describeOrgs(orgs));
  await wait();
  await Promise.all(orgs.map((org) => org.sim.close()));
  io.stdout.write('Simulators stopped.\n');
  return 0;
}

function describeOrgs(orgs: readonly RunningOrg[]): string {
  const lines = [`${orgs.length} Genesys Cloud simulators, one org each:`, ''];
  for (const { name, seed, sim } of orgs) {
    const actions = sim.state.store.actions.size;
    lines.push(
      `${name}: ${sim.url} (seed ${seed}, ${actions} actions)`,
      `  GENESYSCLOUD_OAUTHCLIENT_ID='${sim.clientId}'`,
      `  GENESYSCLOUD_OAUTHCLIENT_SECRET='${sim.clientSecret}'`,
      `  npx gc-timeouts plan --manifest examples/fleet/gc-timeouts.yaml --env ${name} --api-base-url ${sim.url}`,
      '',
    );
  }
  lines.push('Press Ctrl+C to stop.', '');
  return lines.join('\n');
}
