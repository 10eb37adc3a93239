import type { Recommendation } from '../plan/recommend.js';
import { plural } from '../util/plural.js';
import { escapeMarkdown, inlineCode } from './escape.js';
import { clamp, flatten, formatTimeout } from './format.js';

/** The recommendation, as a terminal table and as a collapsed section of the PR comment. */

const NAME_MAX = 60;

function clean(text: string, max: number): string {
  return clamp(flatten(text), max);
}

function changeCount(recs: readonly Recommendation[]): number {
  return recs.filter((r) => r.status === 'change').length;
}

/** "Recommended timeouts: 5 changes, 2 kept for too few runs (p99 × headroom, last 7 days)". */
export function recommendHeading(recs: readonly Recommendation[]): string {
  const thin = recs.filter((r) => r.status === 'too-few-runs' || r.status === 'no-runs').length;
  const parts = [plural(changeCount(recs), 'change')];
  if (thin > 0) parts.push(`${plural(thin, 'value')} kept for want of runs`);
  return `Recommended timeouts: ${parts.join(', ')}`;
}

export function renderRecommendText(recs: readonly Recommendation[]): string {
  const rows = recs.map((r) => [
    r.status === 'change' ? '~' : '=',
    clean(r.actionName, NAME_MAX),
    clean(r.integrationName, 40),
    r.field,
    r.status === 'change'
      ? `${formatTimeout(r.current)} → ${formatTimeout(r.recommended)}`
      : formatTimeout(r.current),
    clean(r.note, 200),
  ]);
  const widths = [0, 1, 2, 3, 4].map((i) =>
    Math.max(...rows.map((cells) => cells[i]?.length ?? 0)),
  );
  const lines = rows.map((cells) =>
    `  ${cells.map((c, i) => (i < 5 ? c.padEnd(widths[i] ?? 0) : c)).join('  ')}`.trimEnd(),
  );
  return `${recommendHeading(recs)}\n${lines.join('\n')}\n`;
}

/** The PR comment's section: the recommendation, or why there is none (no latency evidence). */
export function renderRecommendSection(recs: readonly Recommendation[] | undefined): string {
  return recs === undefined
    ? '<details><summary>Recommended timeouts: no observed latency to recommend from</summary>\n\nThe plan has no latency evidence (analytics unavailable, or no managed action ran).\n\n</details>'
    : renderRecommendMarkdown(recs);
}

/** A `<details>` block for the PR comment: collapsed, so the plan stays what a reviewer reads first. */
export function renderRecommendMarkdown(recs: readonly Recommendation[], maxRows = 200): string {
  if (recs.length === 0) return '';
  const header = [
    '| Action | Integration | Field | Manifest | Recommended | Evidence |',
    '| --- | --- | --- | ---: | ---: | --- |',
  ];
  const rows = recs
    .slice(0, maxRows)
    .map(
      (r) =>
        `| ${escapeMarkdown(clean(r.actionName, 200))} | ${escapeMarkdown(clean(r.integrationName, 200))} | ${inlineCode(r.field)} | ${formatTimeout(r.current)} | ${r.status === 'change' ? `**${formatTimeout(r.recommended)}**` : formatTimeout(r.recommended)} | ${escapeMarkdown(clean(r.note, 300))} |`,
    );
  const more = recs.length > maxRows ? `\n\n… and ${recs.length - maxRows} more` : '';
  const how =
    'Run `gc-timeouts recommend --write` to put these values in the manifest (`--split-globs` for one entry per action of a glob).';
  return `<details><summary>${escapeMarkdown(recommendHeading(recs))}</summary>\n\n${[...header, ...rows].join('\n')}${more}\n\n${how}\n\n</details>`;
}
