import { checkDrift } from '../app/drift.js';
import { labelOf } from '../app/environment.js';
import { batched } from '../render/batch.js';
import { renderDriftTextChunks } from '../render/drift.js';
import { renderDriftJsonChunks } from '../render/json.js';
import { oneOf, parseFlags } from './args.js';
import {
  appPorts,
  CONNECTION_FLAGS,
  CONNECTION_HELP,
  connectionFrom,
  useColor,
  validFromFlags,
} from './common.js';
import { writePieces, type CliIO } from './io.js';

/** Like `terraform plan -detailed-exitcode`: scripts and cron jobs branch on it. */
export const DRIFT_EXIT = { inSync: 0, error: 1, drift: 2 } as const;

export const driftHelp = `Usage: gc-timeouts drift [options]

Compares the live org with the manifest and reports every timeout that differs (changed in the
admin UI, or never applied). A difference on an entry with acceptDrift is a note, not drift,
through its until date.

Options:
${CONNECTION_HELP}
      --format FORMAT       text (default) or json

Exit codes: 0 in sync, 2 drift found, 1 error (invalid manifest, plan errors, API failure, usage).
`;

export async function driftCommand(argv: string[], io: CliIO): Promise<number> {
  const flags = parseFlags(argv, { ...CONNECTION_FLAGS, format: { type: 'string' } });
  if (flags.help === true) {
    io.stdout.write(driftHelp);
    return DRIFT_EXIT.inSync;
  }
  const format = oneOf('format', flags.format, ['text', 'json'] as const, 'text');
  const valid = await validFromFlags(flags.manifest, io, flags);
  const { plan, verdict, drifted, failure } = await checkDrift(
    {
      valid,
      environment: flags.env,
      connection: connectionFrom(flags, io, flags.env),
      label: labelOf(flags.label, flags.manifest, flags.env),
    },
    appPorts(io),
  );
  // Written as the plan is: a drift over 100,000 actions is never one string in memory.
  await writePieces(
    io,
    batched(
      format === 'json'
        ? renderDriftJsonChunks(plan, verdict)
        : renderDriftTextChunks(plan, verdict, useColor(io)),
    ),
  );
  if (failure !== undefined) return DRIFT_EXIT.error;
  return drifted ? DRIFT_EXIT.drift : DRIFT_EXIT.inSync;
}
