import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createConnection, createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSimulator } from '../simulator/index.js';

/**
 * How long each committed bundle takes from process start to its first request to Genesys Cloud,
 * and how big it is. A plan run of `dist/index.js` (the Action, inputs as INPUT_* variables) and of
 * `dist/cli/index.js plan` against the simulator on loopback; the clock starts just before the
 * spawn and stops when the first bytes of an HTTP request reach the simulator's port. Each run must
 * finish with exit code 0, so a bundle that starts fast by failing does not count.
 *
 * `npm run bench:startup` (bench/startup-run.ts) prints it alone; `npm run bench` prints it last.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MANIFEST = 'examples/gc-timeouts.yaml';
export const DEFAULT_RUNS = 7;
const RUN_TIMEOUT_MS = 30_000;

/** A tree with the bundles and examples/ to time: this checkout, or another commit's. */
export interface Checkout {
  label: string;
  dir: string;
}

export const THIS_CHECKOUT: Checkout = { label: 'this checkout', dir: ROOT };

export interface BundleFigures {
  checkout: string;
  bundle: string;
  bytes: number;
  mapBytes: number | null;
  /** Milliseconds from spawn to the first request, one per counted run. */
  startupMs: number[];
}

interface Target {
  bundle: string;
  args: string[];
  env: (apiBaseUrl: string, dir: string, root: string) => Record<string, string>;
}

function targets(clientId: string, clientSecret: string): Target[] {
  return [
    {
      bundle: 'dist/index.js',
      args: ['dist/index.js'],
      env: (url, dir, root) => {
        writeFileSync(join(dir, 'output'), '');
        writeFileSync(join(dir, 'summary'), '');
        return {
          GITHUB_OUTPUT: join(dir, 'output'),
          GITHUB_STEP_SUMMARY: join(dir, 'summary'),
          GITHUB_WORKSPACE: root,
          RUNNER_TEMP: dir,
          INPUT_MODE: 'plan',
          INPUT_MANIFEST: MANIFEST,
          INPUT_COMMENT: 'false',
          'INPUT_API-BASE-URL': url,
          'INPUT_CLIENT-ID': clientId,
          'INPUT_CLIENT-SECRET': clientSecret,
        };
      },
    },
    {
      bundle: 'dist/cli/index.js',
      args: ['dist/cli/index.js', 'plan', '--manifest', MANIFEST, '--api-base-url', '{url}'],
      env: () => ({
        GENESYSCLOUD_OAUTHCLIENT_ID: clientId,
        GENESYSCLOUD_OAUTHCLIENT_SECRET: clientSecret,
      }),
    },
  ];
}

/**
 * A transparent TCP relay in front of the simulator: it notes when the first bytes of a connection
 * arrive (the request line of the first HTTP request) and passes everything through unchanged.
 */
async function startRelay(
  targetPort: number,
): Promise<{ port: number; firstRequest: () => Promise<number>; server: Server }> {
  let waiting: ((at: number) => void) | undefined;
  let seen: number | undefined;
  const server = createServer((socket) => {
    const upstream = createConnection({ host: '127.0.0.1', port: targetPort });
    socket.once('data', () => {
      if (seen !== undefined) return;
      seen = performance.now();
      waiting?.(seen);
    });
    socket.pipe(upstream).pipe(socket);
    socket.on('error', () => upstream.destroy());
    upstream.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    server,
    firstRequest: () => {
      seen = undefined;
      return new Promise<number>((resolve) => (waiting = resolve));
    },
  };
}

async function timeOnce(
  target: Target,
  root: string,
  url: string,
  firstRequest: Promise<number>,
): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'gc-timeouts-startup-'));
  try {
    const args = target.args.map((a) => (a === '{url}' ? url : a));
    const start = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { PATH: process.env['PATH'] ?? '', ...target.env(url, dir, root) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill(), RUN_TIMEOUT_MS);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearTimeout(timer);
    if (code !== 0) {
      throw new Error(`${target.bundle} exited with ${String(code)}:\n${output.slice(-2000)}`);
    }
    const first = await Promise.race([firstRequest, Promise.resolve(undefined)]);
    if (first === undefined) throw new Error(`${target.bundle} finished without a request`);
    return first - start;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function size(root: string, path: string): number | null {
  const file = join(root, path);
  return existsSync(file) ? statSync(file).size : null;
}

/**
 * Times both bundles of each checkout, the checkouts in turn run by run (A B A B ...) so that a
 * machine whose speed drifts treats them alike. Fails when a bundle is missing, exits non-zero or
 * sends no request.
 */
export async function measureStartup(
  runs = DEFAULT_RUNS,
  checkouts: Checkout[] = [THIS_CHECKOUT],
): Promise<BundleFigures[]> {
  const sim = await startSimulator({ seed: 'demo', rateLimitPerMinute: 0 });
  const relay = await startRelay(Number(new URL(sim.url).port));
  const url = `http://127.0.0.1:${relay.port}`;
  try {
    const figures: BundleFigures[] = [];
    for (const target of targets(sim.clientId, sim.clientSecret)) {
      const rows = checkouts.map((c) => {
        const bytes = size(c.dir, target.bundle);
        if (bytes === null)
          throw new Error(`${c.label}: ${target.bundle} is missing: run npm run build`);
        const mapBytes = size(c.dir, `${target.bundle}.map`);
        return {
          checkout: c.label,
          bundle: target.bundle,
          bytes,
          mapBytes,
          startupMs: [] as number[],
        };
      });
      for (let run = 0; run <= runs; run++) {
        for (const [i, checkout] of checkouts.entries()) {
          const ms = await timeOnce(target, checkout.dir, url, relay.firstRequest());
          if (run > 0) rows[i]?.startupMs.push(ms); // the first round warms the disk cache
        }
      }
      figures.push(...rows);
    }
    return figures;
  } finally {
    await new Promise((resolve) => relay.server.close(resolve));
    await sim.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const mb = (bytes: number | null): string =>
  bytes === null ? '-' : `${(bytes / 1_000_000).toFixed(2)} MB`;

export function startupTable(figures: BundleFigures[]): string {
  const rows = figures.map((f) => [
    f.checkout,
    f.bundle,
    mb(f.bytes),
    mb(f.mapBytes),
    `${Math.round(median(f.startupMs))} ms`,
    `${Math.round(Math.min(...f.startupMs))}-${Math.round(Math.max(...f.startupMs))} ms`,
  ]);
  const totals = [...new Set(figures.map((f) => f.checkout))].map((checkout) => {
    const bytes = figures
      .filter((f) => f.checkout === checkout)
      .reduce((sum, f) => sum + f.bytes, 0);
    return `${checkout} ${mb(bytes)}`;
  });
  const header = [
    'checkout',
    'bundle',
    'size',
    'source map',
    'start to first request (median)',
    'min-max',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [
    line(header),
    ...rows.map(line),
    `bundles in all, maps aside: ${totals.join('; ')}`,
    `${figures[0]?.startupMs.length ?? 0} runs of each after a warm-up, on Node ${process.version}`,
  ].join('\n');
}
