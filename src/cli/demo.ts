import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSimulator } from '../simulator/index.js';
import { parseFlags } from './args.js';
import { applyCommand } from './apply.js';
import { driftCommand } from './drift.js';
import { exportCommand } from './export.js';
import { EXIT, type CliIO } from './io.js';
import { planCommand } from './plan.js';
import { validateCommand } from './validate.js';

export const demoHelp = `Usage: gc-timeouts demo [--manifest PATH]

A guided tour on the embedded Genesys Cloud simulator (no credentials, no network): validate the
example manifest, plan, apply, plan again, change a timeout "in the admin UI", detect the drift,
and export the org as a manifest.

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
  const manifest = relative(io.cwd, example) || example;
  const planFile = join(work, 'plan.json');
  const env = {
    ...io.env,
    GENESYSCLOUD_OAUTHCLIENT_ID: sim.clientId,
    GENESYSCLOUD_OAUTHCLIENT_SECRET: sim.clientSecret,
  };
  const stepIO: CliIO = { ...io, env };
  const conn = ['--api-base-url', sim.url];
  let step = 0;
  const failures: string[] = [];

  const run = async (
    title: string,
    story: string,
    command: (argv: string[], io: CliIO) => Promise<number>,
    args: string[],
    expect: number,
  ): Promise<void> => {
    step++;
    io.stdout.write(`\n━━ ${step}. ${title} ━━\n${story}\n\n$ gc-timeouts ${args.join(' ')}\n`);
    const code = await command(args.slice(1), stepIO);
    io.stdout.write(`(exit ${code})\n`);
    if (code !== expect)
      failures.push(`step ${step} (${title}) exited ${code}, expected ${expect}`);
  };

  try {
    io.stdout.write(
      `gc-timeouts demo: a Genesys Cloud simulator is running at ${sim.url} with the "demo" org\n` +
        `(${sim.state.store.actions.size} data actions over 5 integrations). Every command below talks to it over HTTP,\n` +
        'exactly as it would talk to api.mypurecloud.com.\n',
    );
    await run(
      'Validate',
      'The manifest is checked offline: YAML, schema, conflicts, policy.',
      validateCommand,
      ['validate', '--manifest', manifest],
      EXIT.ok,
    );
    await run(
      'Plan',
      'The manifest against the live org: what would change, from what to what, which line decided, and\nhow long each action really takes (p99 from analytics); a warning where a timeout is below it.',
      planCommand,
      ['plan', '--manifest', manifest, ...conn, '--out', planFile],
      EXIT.ok,
    );
    await run(
      'Apply',
      'Exactly the reviewed plan is applied; every other field of each action stays byte-identical.',
      applyCommand,
      ['apply', '--plan', planFile, ...conn, '--yes'],
      EXIT.ok,
    );
    await run(
      'Plan again',
      'A second plan finds nothing to do: apply converged.',
      planCommand,
      ['plan', '--manifest', manifest, ...conn],
      EXIT.ok,
    );

    const target = [...sim.state.store.actions.values()].find(
      (a) => a.name === 'Get Customer Order' && a.category === 'ERP',
    );
    step++;
    io.stdout.write(`\n━━ ${step}. Someone edits a timeout in the admin UI ━━\n`);
    if (target === undefined) failures.push('the demo org has no ERP "Get Customer Order"');
    else {
      const response = await fetch(`${sim.url}/__sim/actions/${encodeURIComponent(target.id)}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ config: { timeoutSeconds: 40 } }),
      });
      io.stdout.write(
        `"Get Customer Order" (ERP Web Services) is set to 40 s by hand, outside Git (HTTP ${response.status}).\n`,
      );
      if (!response.ok) failures.push(`out-of-band edit answered HTTP ${response.status}`);
    }

    await run(
      'Drift',
      'The scheduled check spots the change made outside Git (exit 2 means drift).',
      driftCommand,
      ['drift', '--manifest', manifest, ...conn],
      2,
    );
    const exported = join(work, 'exported.yaml');
    await run(
      'Export',
      'Adopting an existing org: write its current timeouts as a manifest.',
      exportCommand,
      ['export', ...conn, '--region', 'us-east-1', '--out', exported],
      EXIT.ok,
    );
    const text = await readFile(exported, 'utf8');
    const lines = text.split('\n');
    io.stdout.write(`${lines.slice(0, 24).join('\n')}\n  … (${lines.length - 24} more lines)\n`);
    const copy = join(work, 'gc-timeouts.yaml');
    await copyFile(exported, copy);
    await run(
      'Plan the export',
      'The exported manifest matches the org it came from: no changes.',
      planCommand,
      ['plan', '--manifest', copy, ...conn],
      EXIT.ok,
    );
  } finally {
    await sim.close();
    await rm(work, { recursive: true, force: true });
  }

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (failures.length > 0) {
    io.stderr.write(`\nThe demo went wrong:\n${failures.map((f) => `  - ${f}`).join('\n')}\n`);
    return EXIT.failed;
  }
  io.stdout.write(
    `\nDemo complete in ${seconds} s: validate, plan, apply, converge, drift, export.\n`,
  );
  return EXIT.ok;
}
