import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../simulator/index.js';

const run = promisify(execFile);
const REPO = resolve('.');

/**
 * Every `npx gc-timeouts …` command of the README's shell blocks, in README order, run as written
 * (from a checkout: the package's own bin through npx) against the simulator. Skipped: commands
 * with placeholders (`...`) and the simulator itself (it runs until stopped; this test starts one).
 */
function readmeCommands(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  const text = blocks.join('\n').replace(/\\\n\s*/g, ' ');
  return text
    .split('\n')
    .map((line) => /(?:^|\s)npx gc-timeouts (.*)$/.exec(line)?.[1])
    .filter((args): args is string => args !== undefined)
    .map((args) => args.replace(/\s+#.*$/, '').trim())
    .filter((args) => !args.includes('...') && !args.startsWith('simulator'));
}

let sim: RunningSimulator;
let cwd: string;

beforeAll(async () => {
  sim = await startSimulator({ seed: 'demo', port: 0 });
  // A checkout as a person has it: the package, its examples and bundles, node_modules from npm ci.
  cwd = mkdtempSync(join(tmpdir(), 'gc-timeouts-readme-'));
  for (const file of ['package.json', 'examples', 'schemas']) {
    cpSync(join(REPO, file), join(cwd, file), { recursive: true });
  }
  symlinkSync(join(REPO, 'dist'), join(cwd, 'dist'));
  symlinkSync(join(REPO, 'node_modules'), join(cwd, 'node_modules'));
});

afterAll(async () => {
  await sim.close();
  rmSync(cwd, { recursive: true, force: true });
});

describe("the README's npx commands", () => {
  const commands = readmeCommands();

  it('are found: the walkthrough, the CLI section, doctor and the simulator plan', () => {
    expect(commands.length).toBeGreaterThanOrEqual(8);
    expect(commands.some((c) => c.startsWith('export'))).toBe(true);
    expect(commands.some((c) => c.startsWith('apply --plan'))).toBe(true);
  });

  it(
    'run as written against the simulator, in order, and exit 0',
    { timeout: 180_000 },
    async () => {
      const env = {
        ...process.env,
        GENESYSCLOUD_OAUTHCLIENT_ID: sim.clientId,
        GENESYSCLOUD_OAUTHCLIENT_SECRET: sim.clientSecret,
        GENESYSCLOUD_API_BASE_URL: sim.url,
        CI: 'true', // apply goes on without a person to answer, as in a pipeline
        NO_COLOR: '1',
      };
      for (const command of commands) {
        const args = command
          .replaceAll('http://127.0.0.1:8787', sim.url)
          .split(/\s+/)
          .filter(Boolean);
        const result = await run('npx', ['--loglevel=error', 'gc-timeouts', ...args], {
          cwd,
          env,
        }).then(
          (r) => ({ code: 0, out: r.stdout + r.stderr }),
          (e: { code?: number; stdout?: string; stderr?: string }) => ({
            code: e.code ?? -1,
            out: `${e.stdout ?? ''}${e.stderr ?? ''}`,
          }),
        );
        expect(result.code, `npx gc-timeouts ${command}\n${result.out}`).toBe(0);
      }
    },
  );
});
