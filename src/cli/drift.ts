import { plural } from '../util/plural.js';
import { renderJson } from '../render/json.js';
import { renderText } from '../render/text.js';
import { oneOf, parseFlags } from './args.js';
import { CONNECTION_FLAGS, CONNECTION_HELP, planFromFlags, useColor } from './common.js';
import type { CliIO } from './io.js';

/** Like `terraform plan -detailed-exitcode`: scripts and cron jobs branch on it. */
export const DRIFT_EXIT = { inSync: 0, error: 1, drift: 2 } as const;

export const driftHelp = `Usage: gc-timeouts drift [options]

Compares the live org with the manifest and reports every timeout that differs (changed in the
admin UI, or never applied).

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
  const { plan, org } = await planFromFlags(flags, io);
  await org.close();

  if (format === 'json') {
    io.stdout.write(renderJson(plan));
  } else {
    const drifted = plan.counts.changes;
    io.stdout.write(
      drifted === 0
        ? `No drift: ${plan.region} matches ${plan.manifest}.\n`
        : `Drift: ${plural(drifted, 'timeout')} in ${plan.region} differ${drifted === 1 ? 's' : ''} from ${plan.manifest}.\n\n`,
    );
    if (drifted > 0 || plan.errors.length > 0)
      io.stdout.write(renderText(plan, { color: useColor(io) }));
  }
  if (plan.errors.length > 0) return DRIFT_EXIT.error;
  return plan.counts.changes > 0 ? DRIFT_EXIT.drift : DRIFT_EXIT.inSync;
}
