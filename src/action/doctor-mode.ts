import { doctorOrg } from '../app/doctor.js';
import { doctorLine, renderDoctorMarkdown } from '../render/doctor.js';
import { connectionOf } from './access.js';
import type { ModeDeps, ModeResult } from './ports.js';
import { requireValid } from './validate-mode.js';

/** Read-only checks of the org for what the manifest needs; fails the step when something is missing. */
export async function runDoctorMode(deps: ModeDeps): Promise<ModeResult> {
  const valid = await requireValid(deps);
  if (!('manifest' in valid)) return { outputs: {}, failure: valid };
  const { region, report, failure } = await doctorOrg(
    { valid, environment: deps.inputs.environment, connection: connectionOf(deps.inputs) },
    deps,
  );
  await deps.log.summary(`${renderDoctorMarkdown(region, report)}\n`);
  for (const check of report.checks) {
    if (check.status === 'fail') deps.log.warning(doctorLine(check));
    else deps.log.info(doctorLine(check));
  }
  return failure === undefined ? { outputs: {} } : { outputs: {}, failure };
}
