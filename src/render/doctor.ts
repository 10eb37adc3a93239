import type { Check, DoctorReport } from '../org/doctor.js';
import { plural } from '../util/plural.js';
import { escapeMarkdown } from './escape.js';

/** The one verdict of a doctor run, in the terminal and the job summary alike. */
export function doctorVerdict(report: DoctorReport): string {
  const failed = report.checks.filter((c) => c.status === 'fail').length;
  return failed === 0
    ? 'Everything the manifest needs is there.'
    : `${plural(failed, 'check')} failed: gc-timeouts cannot do all the manifest asks.`;
}

/** The text table: name, status, detail; then the verdict. */
export function renderDoctorText(report: DoctorReport): string {
  const width = Math.max(...report.checks.map((c) => c.name.length));
  const lines = report.checks.map(
    (c) => `${c.name.padEnd(width)}  ${c.status.padEnd(4)}  ${c.detail}`,
  );
  return `${lines.join('\n')}\n\n${doctorVerdict(report)}\n`;
}

const MARK = { ok: 'ok', warn: '⚠️ warn', fail: '❌ fail' } as const;

/** The checks as a job summary table under the verdict. */
export function renderDoctorMarkdown(region: string, report: DoctorReport): string {
  const rows = report.checks.map(
    (c) => `| ${escapeMarkdown(c.name)} | ${MARK[c.status]} | ${escapeMarkdown(c.detail)} |`,
  );
  return [
    `### gc-timeouts doctor: ${escapeMarkdown(region)}`,
    '',
    doctorVerdict(report),
    '',
    '| Check | Status | Detail |',
    '| --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** `{"checks":[{"name","status","detail"}]}` for scripts. */
export function renderDoctorJson(report: DoctorReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** One log line per check: `login: ok: token obtained`. */
export function doctorLine(check: Check): string {
  return `${check.name}: ${check.status}: ${check.detail}`;
}
