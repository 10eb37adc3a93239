import { copyFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseOrgsSpec, startOrgs, type RunningOrg } from '../../simulator/orgs.js';
import { applyCommand } from './apply.js';
import { variableSuffix } from './common.js';
import { compareCommand } from './compare.js';
import { EXIT, type CliIO } from './io.js';
import { planCommand } from './plan.js';
import { promoteCommand } from './promote.js';

type Command = (argv: string[], io: CliIO) => Promise<number>;

/** What the fleet part of the demo needs of the tour: its numbered steps and its failures. */
export interface FleetTour {
  io: CliIO;
  failures: string[];
  heading(title: string): void;
  run(
    title: string,
    story: string,
    command: Command,
    args: string[],
    expect: number,
    env?: NodeJS.ProcessEnv,
  ): Promise<void>;
}

/** examples/fleet/gc-timeouts.yaml next to the bundle (dist/cli/) or the sources (src/cli/). */
function fleetExample(): string {
  return join(
    dirname(fileURLToPath(import.meta.url)),
    '..',
    '..',
    'examples',
    'fleet',
    'gc-timeouts.yaml',
  );
}

/** Each org's own variables (`…_DEV`, `…_PROD`): one shell holds both, as compare needs. */
function orgVariables(orgs: readonly RunningOrg[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const { name, sim } of orgs) {
    const suffix = variableSuffix(name);
    env[`GENESYSCLOUD_API_BASE_URL_${suffix}`] = sim.url;
    env[`GENESYSCLOUD_OAUTHCLIENT_ID_${suffix}`] = sim.clientId;
    env[`GENESYSCLOUD_OAUTHCLIENT_SECRET_${suffix}`] = sim.clientSecret;
  }
  return env;
}

/**
 * The second act: dev and prod, two orgs of one manifest. Dev holds the tested values; compare
 * shows how prod differs, promote writes dev's values into prod's as a reviewed edit, and prod is
 * planned and applied like any change. The manifest is a copy in `work`: the tour edits it.
 */
export async function fleetTour(tour: FleetTour, work: string): Promise<void> {
  const orgs = await startOrgs(parseOrgsSpec('dev=demo-dev,prod=demo-prod'), { admin: true });
  try {
    const manifest = join(work, 'fleet.yaml');
    await copyFile(fleetExample(), manifest);
    const variables = orgVariables(orgs);
    const {
      GENESYSCLOUD_OAUTHCLIENT_ID: _id,
      GENESYSCLOUD_OAUTHCLIENT_SECRET: _secret,
      ...rest
    } = tour.io.env;
    introduce(tour, orgs, variables);
    await walk(tour, ['--manifest', manifest], join(work, 'prod-plan.json'), {
      ...rest,
      ...variables,
    });
  } finally {
    await Promise.all(orgs.map((org) => org.sim.close()));
  }
}

function introduce(
  tour: FleetTour,
  orgs: readonly RunningOrg[],
  variables: Record<string, string>,
): void {
  const exports = Object.entries(variables)
    .map(([k, v]) => `${k}=${v}`)
    .join(' \\\n    ');
  tour.heading('A second org: one manifest, dev and prod');
  tour.io.stdout.write(
    `Two more simulators, one org each (dev at ${orgs[0]?.sim.url ?? '?'}, prod at ${orgs[1]?.sim.url ?? '?'}),\n` +
      'managed by one manifest with dev and prod environments (a copy of examples/fleet/gc-timeouts.yaml).\n' +
      "Each org has its own OAuth client, and the CLI takes each environment's from its own variables\n" +
      "(*** is the simulator's demo secret: npx gc-timeouts simulator --orgs dev=demo-dev,prod=demo-prod\n" +
      'starts the same two orgs and prints it):\n\n' +
      `$ export ${exports}\n`,
  );
}

async function walk(
  tour: FleetTour,
  M: string[],
  planFile: string,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  const steps: [string, string, Command, string[], number][] = [
    [
      'Apply dev',
      'Dev gets the manifest first: that is where new timeouts are tried.',
      applyCommand,
      ['apply', ...M, '--env', 'dev', '--yes'],
      EXIT.ok,
    ],
    [
      'Compare dev and prod',
      'Both orgs read live and matched by integration and name (ids differ per org): what differs, and\nwhether each org holds what its environment of the manifest asks (exit 2: they differ).',
      compareCommand,
      ['compare', 'dev', 'prod', ...M],
      2,
    ],
    [
      'Promote dev to prod',
      "Dev's tested values become prod's, as an edit of the manifest that keeps its comments: a change\nto review in a pull request like any other. Nothing is applied yet.",
      promoteCommand,
      ['promote', '--from', 'dev', '--to', 'prod', ...M, '--write'],
      EXIT.ok,
    ],
    [
      'Plan prod',
      "The promoted manifest against prod's org: the plan names its environment.",
      planCommand,
      ['plan', ...M, '--env', 'prod', '--out', planFile],
      EXIT.ok,
    ],
    [
      'Apply prod',
      'Exactly the reviewed plan, to the org it was made for (prod, with its own credentials).',
      applyCommand,
      ['apply', '--plan', planFile, '--yes'],
      EXIT.ok,
    ],
    [
      'Compare again',
      'What still differs is what the manifest means to differ: Debug Echo exists only in dev, and\nLegacy Order Lookup is pinned by id in prod alone. Each org matches its environment.',
      compareCommand,
      ['compare', 'dev', 'prod', ...M],
      2,
    ],
  ];
  for (const [title, story, command, args, expect] of steps)
    await tour.run(title, story, command, args, expect, env);
}
