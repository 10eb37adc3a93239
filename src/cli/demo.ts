import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSimulator, type RunningSimulator } from '../../simulator/index.js';
import { parseFlags } from './args.js';
import { applyCommand } from './apply.js';
import { fleetTour, type FleetTour } from './demo-fleet.js';
import { driftCommand } from './drift.js';
import { exportCommand } from './export.js';
import { EXIT, type CliIO } from './io.js';
import { planCommand } from './plan.js';
import { validateCommand } from './validate.js';

export const demoHelp = `Usage: gc-timeouts demo [--manifest PATH]

A guided tour on the embedded Genesys Cloud simulator (no credentials, no network): validate the
example manifest, plan, apply, plan again, change a timeout "in the admin UI", detect the drift,
and export the org as a manifest. Then a second org: one manifest with dev and prod, compare the
two orgs, promote dev's values to prod, plan and apply prod.

Options:
  -m, --manifest PATH   manifest to tour with (default: the bundled examples/gc-timeouts.yaml)
  -h, --help            show this help
`;

/** The example manifest next to the bundle (dist/cli/) or the sources (src/cli/). */
function bundledExample(): string {
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples', 'gc-timeouts.yaml');
}

export async function demoCommand(argv: string[], io: CliIO): Promise<number> {
  const flags = parseFlags(argv, {
    manifest: { type: 'string', short: 'm' },
    help: { type: 'boolean', short: 'h' },
  });
  if (flags.help === true) {
    io.stdout.write(demoHelp);
    return EXIT.ok;
  }
  const example = flags.manifest ?? bundledExample();
  if (!existsSync(example)) {
    io.stderr.write(`gc-timeouts demo: cannot find the example manifest at ${example}\n`);
    return EXIT.failed;
  }
  const started = performance.now();
  const sim = await startSimulator({ seed: 'demo', admin: true });
  const work = await mkdtemp(join(tmpdir(), 'gc-timeouts-demo-'));
  const tour = newTour(io, sim);
  try {
    io.stdout.write(
      `gc-timeouts demo: a Genesys Cloud simulator is running at ${sim.url} with the "demo" org\n` +
        `(${sim.state.store.actions.size} data actions over 5 integrations). Every command below talks to it over HTTP,\n` +
        'exactly as it would talk to api.mypurecloud.com.\n',
    );
    await planApplyConverge(tour, relative(io.cwd, example) || example, work);
    await editInAdminUi(tour, sim);
    await driftAndExport(tour, relative(io.cwd, example) || example, work);
    await fleetTour(tour, work);
  } finally {
    await sim.close();
    await rm(work, { recursive: true, force: true });
  }
  return finish(io, tour.failures, started);
}

/** The tour's state: numbered steps, each run as a command against the simulator, and what went wrong. */
interface Tour extends FleetTour {
  conn: string[];
}

function newTour(io: CliIO, sim: RunningSimulator): Tour {
  const env = {
    ...io.env,
    GENESYSCLOUD_OAUTHCLIENT_ID: sim.clientId,
    GENESYSCLOUD_OAUTHCLIENT_SECRET: sim.clientSecret,
  };
  let step = 0;
  const tour: Tour = {
    io,
    conn: ['--api-base-url', sim.url],
    failures: [],
    heading: (title) => {
      step++;
      io.stdout.write(`\n━━ ${step}. ${title} ━━\n`);
    },
    run: async (title, story, command, args, expect, own) => {
      tour.heading(title);
      io.stdout.write(`${story}\n\n$ npx gc-timeouts ${args.join(' ')}\n`);
      const code = await command(args.slice(1), { ...io, env: own ?? env });
      io.stdout.write(`(exit ${code})\n`);
      if (code !== expect)
        tour.failures.push(`step ${step} (${title}) exited ${code}, expected ${expect}`);
    },
  };
  return tour;
}

async function planApplyConverge(tour: Tour, manifest: string, work: string): Promise<void> {
  const planFile = join(work, 'plan.json');
  await tour.run(
    'Validate',
    'The manifest is checked offline: YAML, schema, conflicts, policy.',
    validateCommand,
    ['validate', '--manifest', manifest],
    EXIT.ok,
  );
  await tour.run(
    'Plan',
    'The manifest against the live org: what would change, from what to what, which line decided, and\nhow long each action really takes (p99 from analytics); a warning where a timeout is below it.',
    planCommand,
    ['plan', '--manifest', manifest, ...tour.conn, '--out', planFile],
    EXIT.ok,
  );
  await tour.run(
    'Apply',
    'Exactly the reviewed plan is applied; every other field of each action stays byte-identical.',
    applyCommand,
    ['apply', '--plan', planFile, ...tour.conn, '--yes'],
    EXIT.ok,
  );
  await tour.run(
    'Plan again',
    'A second plan finds nothing to do: apply converged.',
    planCommand,
    ['plan', '--manifest', manifest, ...tour.conn],
    EXIT.ok,
  );
}

/** A change outside Git, through the simulator's admin API, as someone would make it in the admin UI. */
async function editInAdminUi(tour: Tour, sim: RunningSimulator): Promise<void> {
  const target = [...sim.state.store.actions.values()].find(
    (a) => a.name === 'Get Customer Order' && a.category === 'ERP',
  );
  tour.heading('Someone edits a timeout in the admin UI');
  if (target === undefined) {
    tour.failures.push('the demo org has no ERP "Get Customer Order"');
    return;
  }
  const response = await fetch(`${sim.url}/__sim/actions/${encodeURIComponent(target.id)}`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ config: { timeoutSeconds: 40 } }),
  });
  tour.io.stdout.write(
    `"Get Customer Order" (ERP Web Services) is set to 40 s by hand, outside Git (HTTP ${response.status}).\n`,
  );
  if (!response.ok) tour.failures.push(`out-of-band edit answered HTTP ${response.status}`);
}

async function driftAndExport(tour: Tour, manifest: string, work: string): Promise<void> {
  await tour.run(
    'Drift',
    'The scheduled check spots the change made outside Git (exit 2 means drift).',
    driftCommand,
    ['drift', '--manifest', manifest, ...tour.conn],
    2,
  );
  const exported = join(work, 'exported.yaml');
  await tour.run(
    'Export',
    'Adopting an existing org: write its current timeouts as a manifest.',
    exportCommand,
    ['export', ...tour.conn, '--region', 'us-east-1', '--out', exported],
    EXIT.ok,
  );
  const lines = (await readFile(exported, 'utf8')).split('\n');
  tour.io.stdout.write(`${lines.slice(0, 24).join('\n')}\n  … (${lines.length - 24} more lines)\n`);
  const copy = join(work, 'gc-timeouts.yaml');
  await copyFile(exported, copy);
  await tour.run(
    'Plan the export',
    'The exported manifest matches the org it came from: no changes.',
    planCommand,
    ['plan', '--manifest', copy, ...tour.conn],
    EXIT.ok,
  );
}

function finish(io: CliIO, failures: readonly string[], started: number): number {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (failures.length > 0) {
    io.stderr.write(`\nThe demo went wrong:\n${failures.map((f) => `  - ${f}`).join('\n')}\n`);
    return EXIT.failed;
  }
  io.stdout.write(
    `\nDemo complete in ${seconds} s: validate, plan, apply, converge, drift, export; compare, promote, plan and apply prod.\n`,
  );
  return EXIT.ok;
}
