import type { BundleFigures } from './startup.js';
import type { MemoryFigure } from './memory.js';
import type { Row, Side } from './measure.js';
import type { PlanBuildFigure } from './plan-build.js';

/** bench/results/latest.json (documented in bench/README.md) and the tables made from it. */

export interface DistFigure {
  /** Bytes of every file under dist/. */
  totalBytes: number;
  /** The two bundles: dist/index.js (the Action), dist/cli/index.js (the CLI). */
  bundles: Record<string, number>;
}

export interface BenchResults {
  generatedAt: string;
  quick: boolean;
  environment: { node: string; platform: string; cpus: number };
  settings: {
    latencyMs: number;
    changes: number;
    sizes: number[];
    limitPerMinute: number;
    limitedApply: { actions: number; changes: number } | null;
    matchAll: { actions: number } | null;
  };
  rows: Row[];
  figures: {
    memory: MemoryFigure | null;
    planBuild: PlanBuildFigure;
    dist: DistFigure | null;
    /** Process start to first request of both bundles (startup.ts). */
    startup: BundleFigures[];
  };
}

const n = (value: number): string => value.toLocaleString('en-US');
const s = (seconds: number): string => `${seconds.toFixed(2)} s`;
const mib = (bytes: number): string => `${(bytes / 1048576).toFixed(2)} MiB`;

/** The console table: every figure of every row. */
export function consoleTable(rows: readonly Row[]): string {
  const head = [
    'Phase',
    'Actions',
    'Ours s',
    'req',
    'req/chg',
    'PATCH',
    '429',
    'Baseline s',
    'req',
    'PATCH',
    '429',
    'Ratio',
  ];
  const body = rows.map((r) => [
    r.phase,
    n(r.actions),
    r.ours.seconds.toFixed(2),
    String(r.ours.requests),
    r.requestsPerChange === null ? '' : r.requestsPerChange.toFixed(2),
    String(r.ours.writes),
    String(r.ours.rateLimited),
    r.baseline === null ? '-' : r.baseline.seconds.toFixed(2),
    r.baseline === null ? '-' : String(r.baseline.requests),
    r.baseline === null ? '-' : String(r.baseline.writes),
    r.baseline === null ? '-' : String(r.baseline.rateLimited),
    r.ratio === null ? 'n/a' : `${r.ratio.toFixed(1)}x`,
  ]);
  const widths = head.map((h, i) =>
    Math.max(h.length, ...body.map((cells) => cells[i]?.length ?? 0)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

function phaseLabel(r: Row): string {
  if (r.phase === 'read') return 'read the org and latency';
  if (r.phase === 'apply') return `apply ${n(r.changes)} changes`;
  if (r.phase === 'second run') return 'second run (no changes)';
  if (r.phase === 'match-all plan') return 'plan of one match-all entry';
  if (r.phase.startsWith('apply at '))
    return `apply ${n(r.changes)} ${r.phase.slice('apply '.length)}`;
  return r.phase;
}

function oursCell(r: Row): string {
  const parts = [s(r.ours.seconds), `${n(r.ours.requests)} req`];
  if (r.requestsPerChange !== null)
    parts.push(`${r.requestsPerChange.toFixed(2)} req/change + templates`);
  if (r.phase === 'second run') parts.push(`${r.ours.writes} PATCH`);
  if (r.floorSeconds !== null)
    parts.push(
      `${r.ours.rateLimited === 0 ? 'no' : n(r.ours.rateLimited)} 429, limit allows ${s(r.floorSeconds)}`,
    );
  return parts.join(', ');
}

function baselineCell(r: Row, b: Side | null): string {
  if (b === null) return '-';
  const parts = [s(b.seconds), `${n(b.requests)} req`];
  if (r.phase === 'second run') parts.push(`${b.writes} PATCH`);
  if (r.ratio === null) parts.push(b.outcome);
  return parts.join(', ');
}

/** The README's performance section body, all of it from the results. */
export function markdownReport(results: BenchResults): string {
  const rows = results.rows.map(
    (r) =>
      `| ${phaseLabel(r)} | ${n(r.actions)} | ${oursCell(r)} | ${baselineCell(r, r.baseline)} | ${r.ratio === null ? 'n/a' : `${r.ratio.toFixed(1)}x`} |`,
  );
  const { memory, planBuild, dist } = results.figures;
  const figures = [
    memory === null
      ? null
      : // The engine alone: no flows, no output. What users run is the shipped CLI's row above.
        `| Peak memory (RSS) of the engine's plan over ${n(memory.actions)} actions, latency included, no flows or output (the shipped CLI: table above) | ${memory.peakRssMiB.toFixed(1)} MiB |`,
    `| Building a plan of ${n(planBuild.entries)} \`name\` entries over ${n(planBuild.actions)} actions (CPU only) | ${s(planBuild.seconds)} |`,
    dist === null
      ? null
      : `| \`dist/\` | ${mib(dist.totalBytes)} (${Object.entries(dist.bundles)
          .map(([file, bytes]) => `\`${file}\` ${mib(bytes)}`)
          .join(', ')}) |`,
  ].filter((line): line is string => line !== null);
  return [
    `Measured ${results.generatedAt.slice(0, 10)} on ${results.environment.cpus} cores, Node.js ${results.environment.node.replace(/^v/, '').split('.')[0]}, ${results.settings.latencyMs} ms per simulated request:`,
    '',
    '| Phase | Actions | gc-timeouts | SDK baseline | Ratio |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    '| Figure | Value |',
    '| --- | --- |',
    ...figures,
  ].join('\n');
}
