import { writeFile } from 'node:fs/promises';
import { labelOf } from '../app/environment.js';
import { recommendTimeouts, type RecommendOutcome } from '../app/recommend.js';
import type { RecommendResult } from '../plan/recommend.js';
import { recommendPlanTextChunks } from '../render/recommend.js';
import { batched } from '../render/batch.js';
import { renderTextChunks } from '../render/text.js';
import { plural } from '../util/plural.js';
import { parseFlags } from './args.js';
import {
  appPorts,
  CONNECTION_FLAGS,
  CONNECTION_HELP,
  connectionFrom,
  textLayout,
  validFromFlags,
} from './common.js';
import { EXIT, writePieces, type CliIO } from './io.js';

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
  const valid = await validFromFlags(flags.manifest, io, flags);
  const layout = textLayout(io);
  const { edits, text, plan } = await writeRecommendation(
    io,
    await recommendTimeouts(
      {
        valid,
        environment: flags.env,
        connection: connectionFrom(flags, io, flags.env),
        label: labelOf(flags.label, flags.manifest, flags.env),
        splitGlobs: flags['split-globs'] === true,
      },
      appPorts(io),
    ),
    layout.columns,
  );
  await writePieces(io, batched(renderTextChunks(plan, layout)));
  const changes = plan.counts.changes;
  io.stdout.write(
    `\n${await written(flags.manifest, text, edits, flags.write === true, changes)}\n`,
  );
  return plan.errors.length > 0 ? EXIT.failed : EXIT.ok;
}

/**
 * The recommendation's table, and what is left of the outcome without its notes: they end here, so
 * the plan's own table is not written with them still held (some 9 MB over 100,000 actions).
 */
async function writeRecommendation(
  io: CliIO,
  { notes, ...rest }: RecommendOutcome,
  columns: number,
): Promise<Omit<RecommendOutcome, 'notes'>> {
  // One truth: the table, its count and its "from" are the plan of the manifest as --write leaves it.
  // A piece at a time, as plan does: the text of a 100,000-row plan is never one string.
  await writePieces(io, batched(recommendPlanTextChunks(notes, rest.plan, columns)));
  io.stdout.write('\n');
  return rest;
}

async function written(
  path: string,
  text: string,
  edits: Pick<RecommendResult, 'values' | 'insertAfter'>,
  write: boolean,
  changes: number,
): Promise<string> {
  const values = edits.values.length;
  const added = edits.insertAfter.reduce((n, g) => n + g.entries.length, 0);
  if (values + added === 0) return `Nothing to change in ${path}.`;
  const what = [
    values > 0 ? plural(values, 'value') : '',
    added > 0 ? plural(added, 'new entry', 'new entries') : '',
  ]
    .filter(Boolean)
    .join(' and ');
  const planned = `the ${plural(changes, 'change')} planned above`;
  if (!write) return `Run with --write to put ${what} in ${path}: ${planned}.`;
  await writeFile(path, text);
  return `Wrote ${what} to ${path} (${planned}); review the diff and plan it like any other change.`;
}
