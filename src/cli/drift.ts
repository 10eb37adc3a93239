import { driftView, judgeDrift, type DriftVerdict } from '../plan/snooze.js';
import type { Plan } from '../plan/types.js';
import { renderDriftJson } from '../render/json.js';
import { plural } from '../util/plural.js';
import { renderText } from '../render/text.js';
import { oneOf, parseFlags } from './args.js';
import { CONNECTION_FLAGS, CONNECTION_HELP, planFromFlags, useColor } from './common.js';
import type { CliIO } from './io.js';

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
  const { plan, org, manifest } = await planFromFlags(flags, io);
  await org.close();
  const verdict = judgeDrift(plan, manifest, (io.now ?? Date.now)());
  const view = driftView(plan, verdict);

  if (format === 'json') io.stdout.write(renderDriftJson(view, verdict));
  else io.stdout.write(driftText(view, verdict, useColor(io)));
  if (plan.errors.length > 0) return DRIFT_EXIT.error;
  return verdict.drift ? DRIFT_EXIT.drift : DRIFT_EXIT.inSync;
}

function driftText(view: Plan, verdict: DriftVerdict, color: boolean): string {
  const drifted = view.counts.changes;
  const accepted = verdict.accepted.length;
  const also = accepted === 0 ? '' : ` (${plural(accepted, 'accepted difference')} noted below)`;
  const head =
    drifted === 0
      ? `No drift: ${view.region} matches ${view.manifest}${also}.\n`
      : `Drift: ${plural(drifted, 'timeout')} in ${view.region} differ${drifted === 1 ? 's' : ''} from ${view.manifest}${also}.\n`;
  const show = drifted > 0 || view.errors.length > 0 || accepted > 0;
  return show ? `${head}\n${renderText(view, { color })}` : head;
}
