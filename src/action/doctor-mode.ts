import { GcTimeoutsError } from '../util/errors.js';
import { doctorPassed, type DoctorReport } from '../org/doctor.js';
import { resolveRegion } from '../org/session.js';
import { escapeMarkdown } from '../render/escape.js';
import { plural } from '../util/plural.js';
import { connectionOf } from './access.js';
import type { ModeDeps, ModeResult } from './ports.js';
import { requireValid } from './validate-mode.js';

const MARK = { ok: 'ok', warn: '⚠️ warn', fail: '❌ fail' } as const;

/** The checks as a job summary table. */
export function doctorMarkdown(region: string, report: DoctorReport): string {
  const failed = report.checks.filter((c) => c.status === 'fail').length;
  const verdict =
    failed === 0
      ? 'Everything the manifest needs is there.'
      : `${plural(failed, 'check')} failed: gc-timeouts cannot do all the manifest asks.`;
  const rows = report.checks.map(
    (c) => `| ${escapeMarkdown(c.name)} | ${MARK[c.status]} | ${escapeMarkdown(c.detail)} |`,
  );
  return [
    `### gc-timeouts doctor: ${escapeMarkdown(region)}`,
    '',
    verdict,
    '',
    '| Check | Status | Detail |',
    '| --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** Read-only checks of the org for what the manifest needs; fails the step when something is missing. */
export async function runDoctorMode(deps: ModeDeps): Promise<ModeResult> {
  const valid = await requireValid(deps);
  if (!('manifest' in valid)) return { outputs: {}, failure: valid };
  const connection = connectionOf(deps.inputs);
  const region = resolveRegion(connection, valid.manifest);
  const org = deps.openOrg(connection, region);
  const report = await org.doctor(valid.manifest).finally(() => org.close());
  await deps.log.summary(`${doctorMarkdown(region, report)}\n`);
  for (const check of report.checks) {
    const line = `${check.name}: ${check.status}: ${check.detail}`;
    if (check.status === 'fail') deps.log.warning(line);
    else deps.log.info(line);
  }
  if (doctorPassed(report)) return { outputs: {} };
  const failed = report.checks.filter((c) => c.status === 'fail').map((c) => c.name);
  return {
    outputs: {},
    failure: new GcTimeoutsError('auth-failed', `doctor: ${failed.join(', ')} failed`),
  };
}
