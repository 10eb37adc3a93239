import { writeFile } from 'node:fs/promises';
import { setTimeouts } from '../app/set.js';
import { parseWhere, type BulkSetResult, type WhereFilter } from '../plan/bulk-set.js';
import { API_MAX } from '../plan/recommend.js';
import type { TimeoutField } from '../plan/types.js';
import { plural } from '../util/plural.js';
import { oneOf, parseFlags } from './args.js';
import {
  appPorts,
  CONNECTION_FLAGS,
  CONNECTION_HELP,
  connectionFrom,
  validFromFlags,
} from './common.js';
import { EXIT, UsageError, type CliIO } from './io.js';

export const setHelp = `Usage: gc-timeouts set --where KEY=VALUE [--where ...] --to SECONDS [options]

A bulk change as a manifest edit, so it is reviewed like any other: the live actions the filters
select get the new value in the manifest (the entry that decides an action is edited; actions
without one, or decided by a glob, get an entry of their own). Comments and formatting are kept.
Plan, review and apply the result as usual.

Filters (repeat --where to combine them with AND):
  timeoutSeconds=N | default          the live timeout (default: the platform default)
  functionTimeoutSeconds=N | default  the live function timeout of a function data action
  name=GLOB  integration=GLOB  category=GLOB   globs as in match entries (* ? [abc] {a,b})

Options:
      --where KEY=VALUE     a filter (at least one)
      --to SECONDS          the new value: 1-60 (1-15 for functionTimeoutSeconds) or default
      --field FIELD         timeoutSeconds or functionTimeoutSeconds (default: the field filtered
                            on, else timeoutSeconds)
${CONNECTION_HELP}

Exit codes: 0 written (or nothing matched), 1 invalid manifest or API failure, 2 usage error.
`;

export async function setCommand(argv: string[], io: CliIO): Promise<number> {
  const flags = parseFlags(argv, {
    ...CONNECTION_FLAGS,
    where: { type: 'string', multiple: true },
    to: { type: 'string' },
    field: { type: 'string' },
  });
  if (flags.help === true) {
    io.stdout.write(setHelp);
    return EXIT.ok;
  }
  const where = (flags.where ?? []).map(parseWhere);
  if (where.length === 0) throw new UsageError('give at least one --where filter');
  const field = fieldOf(flags.field, where);
  const to = targetValue(flags.to, field);
  const valid = await validFromFlags(flags.manifest, io, flags);
  const { result, text, edits } = await setTimeouts(
    {
      valid,
      environment: flags.env,
      connection: connectionFrom(flags, io, flags.env),
      where,
      field,
      to,
    },
    appPorts(io),
  );
  if (edits > 0) await writeFile(flags.manifest, text);
  io.stdout.write(summary(result, flags.manifest, field, to));
  return EXIT.ok;
}

function fieldOf(given: string | undefined, where: readonly WhereFilter[]): TimeoutField {
  const fields = ['timeoutSeconds', 'functionTimeoutSeconds'] as const;
  const filtered = where.some((w) => w.key === 'functionTimeoutSeconds')
    ? 'functionTimeoutSeconds'
    : 'timeoutSeconds';
  return oneOf('field', given, fields, filtered);
}

function targetValue(raw: string | undefined, field: TimeoutField): number | 'default' {
  if (raw === undefined) throw new UsageError('give the new value with --to SECONDS (or default)');
  if (raw === 'default') return 'default';
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1 || value > API_MAX[field]) {
    throw new UsageError(
      `--to must be whole seconds from 1 to ${API_MAX[field]} for ${field}, or default (got ${JSON.stringify(raw)})`,
    );
  }
  return value;
}

/** Matched actions listed before the rest are counted. */
const MATCHES_SHOWN = 20;

function summary(
  result: BulkSetResult,
  path: string,
  field: TimeoutField,
  to: number | 'default',
): string {
  const value = to === 'default' ? 'default' : `${to} s`;
  const count = result.matched.length;
  if (count === 0)
    return `No live action matches the --where filters: nothing was written to ${path}.\n`;
  const matched = result.matched
    .slice(0, MATCHES_SHOWN)
    .map((a) => `  ${a.name} (${a.integrationName})`);
  if (count > MATCHES_SHOWN) matched.push(`  … and ${count - MATCHES_SHOWN} more`);
  const edits = result.values.length + result.append.length;
  const lines = [
    `${plural(count, 'live action')} match${count === 1 ? 'es' : ''}:`,
    ...matched,
    '',
    edits === 0
      ? `Nothing to write: the manifest already sets ${field} to ${value} for ${count === 1 ? 'this action' : `all ${count} of them`}.`
      : `Wrote ${field}: ${value} to ${path}: ${plural(result.values.length, 'entry', 'entries')} edited, ${plural(result.append.length, 'entry', 'entries')} added${result.alreadySet > 0 ? ` (${result.alreadySet} already set)` : ''}. Plan it to review the change.`,
  ];
  return `${lines.join('\n')}\n`;
}
