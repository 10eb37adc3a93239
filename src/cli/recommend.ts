import { readFile, writeFile } from 'node:fs/promises';
import { GcTimeoutsError } from '../util/errors.js';
import { editManifestText } from '../manifest/edit.js';
import { requireValidManifest, validateManifestText, validOf } from '../manifest/validate.js';
import { resolveRegion, type OrgSession } from '../org/session.js';
import { recommend, type RecommendResult } from '../plan/recommend.js';
import type { Plan } from '../plan/types.js';
import { renderRecommendText } from '../render/recommend.js';
import { renderText } from '../render/text.js';
import { plural } from '../util/plural.js';
import { parseFlags } from './args.js';
import { CONNECTION_FLAGS, CONNECTION_HELP, connectionFrom, orgFor, useColor } from './common.js';
import { EXIT, type CliIO } from './io.js';

export const recommendHelp = `Usage: gc-timeouts recommend [options]

Proposes a timeout for every managed action from what it really takes: the observed p99 over the
last 7 days times policy.latencyHeadroom (default 1.5), rounded up to whole seconds, within the
policy bounds and the API range. Actions with fewer than 20 runs keep their value. Prints the
recommendation and the plan of the manifest with it; --write changes the values in the manifest in
place (comments, order and quoting kept). A glob entry gets one value (the largest its actions
need) unless --split-globs gives each of its actions an entry of its own.

Options:
${CONNECTION_HELP}
      --write               change the manifest file
      --split-globs         per-action entries for glob (match) entries

Exit codes: 0 done, 1 invalid manifest or plan errors, 2 usage error.
`;

export async function recommendCommand(argv: string[], io: CliIO): Promise<number> {
  const flags = parseFlags(argv, {
    ...CONNECTION_FLAGS,
    write: { type: 'boolean' },
    'split-globs': { type: 'boolean' },
  });
  if (flags.help === true) {
    io.stdout.write(recommendHelp);
    return EXIT.ok;
  }
  const valid = await requireValidManifest(flags.manifest);
  const connection = connectionFrom(flags, io.env);
  const org = orgFor(connection, resolveRegion(connection, valid.manifest), io);
  const label = flags.label ?? flags.manifest;
  const splitGlobs = flags['split-globs'] === true;
  try {
    const current = await org.plan(valid, { label, latency: true });
    const live = splitGlobs ? (await org.read()).actions : [];
    const result = recommend({
      entries: current.entries,
      manifest: valid.manifest,
      live,
      splitGlobs,
    });
    const text = editManifestText(await readFile(flags.manifest, 'utf8'), result);
    const plan = await planOf(org, flags.manifest, text, label);
    io.stdout.write(`${renderRecommendText(result.recommendations)}\n`);
    io.stdout.write(renderText(plan, { color: useColor(io) }));
    io.stdout.write(`\n${await written(flags.manifest, text, result, flags.write === true)}\n`);
    return plan.errors.length > 0 ? EXIT.failed : EXIT.ok;
  } finally {
    await org.close();
  }
}

/** The plan of the manifest as the recommendation would leave it: what a reviewer will see. */
async function planOf(org: OrgSession, path: string, text: string, label: string): Promise<Plan> {
  const result = validateManifestText(text, path);
  const valid = validOf(path, result);
  if (valid === undefined) {
    const first = result.diagnostics.find((d) => d.severity === 'error');
    throw new GcTimeoutsError(
      'invalid-manifest',
      `the recommended manifest would not validate (${first?.message ?? 'unknown error'}); nothing was written`,
    );
  }
  return org.plan(valid, { label, latency: true, flows: true });
}

async function written(
  path: string,
  text: string,
  result: RecommendResult,
  write: boolean,
): Promise<string> {
  const values = result.values.length;
  const added = result.insertAfter.reduce((n, g) => n + g.entries.length, 0);
  if (values + added === 0) return `Nothing to change in ${path}.`;
  const what = [
    values > 0 ? plural(values, 'value') : '',
    added > 0 ? plural(added, 'new entry', 'new entries') : '',
  ]
    .filter(Boolean)
    .join(' and ');
  if (!write) return `Run with --write to put ${what} in ${path}.`;
  await writeFile(path, text);
  return `Wrote ${what} to ${path}; review the diff and plan it like any other change.`;
}
