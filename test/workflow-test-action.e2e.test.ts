import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../simulator/index.js';
import { parseOutputFile } from './support/run-action.js';

interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
  'continue-on-error'?: boolean;
}

const workflow = parse(readFileSync('.github/workflows/ci.yml', 'utf8')) as {
  jobs: Record<string, { env?: Record<string, string>; steps: Step[] }>;
};
const job = workflow.jobs['test-action'] ?? { steps: [] };

interface Result {
  outcome: 'success' | 'failure';
  outputs: Record<string, string>;
}

/**
 * The steps of ci.yml's test-action job after the simulator start, run here as the runner would:
 * `uses: ./` as node dist/index.js with INPUT_* variables, `run:` under bash -eo pipefail, and the
 * few expressions the job uses (env, steps.<id>.outputs/outcome) filled in. What cannot be run
 * here is the checkout and setup-node; the simulator is started on a free loopback port instead of
 * the job's fixed one.
 */
/** Runs a process to its end without blocking the loop: the simulator answers from this process. */
async function exitCode(
  command: string,
  args: string[],
  env: Record<string, string>,
): Promise<number | null> {
  const child = spawn(command, args, { env, stdio: 'ignore' });
  return new Promise((resolve) => child.on('close', resolve));
}

async function runJob(
  env: Record<string, string>,
  temp: string,
): Promise<{ step: string; ok: boolean }[]> {
  const results = new Map<string, Result>();
  const expand = (text: string): string =>
    text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
      const envRef = /^env\.(\w+)$/.exec(expr);
      if (envRef) return env[envRef[1] ?? ''] ?? '';
      const out = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr);
      if (out) return results.get(out[1] ?? '')?.outputs[out[2] ?? ''] ?? '';
      const outcome = /^steps\.([\w-]+)\.outcome$/.exec(expr);
      if (outcome) return results.get(outcome[1] ?? '')?.outcome ?? '';
      throw new Error(`the test does not evaluate \${{ ${expr} }}`);
    });
  const base = {
    PATH: process.env['PATH'] ?? '',
    RUNNER_TEMP: temp,
    GITHUB_WORKSPACE: process.cwd(),
  };
  const ran: { step: string; ok: boolean }[] = [];
  const start = job.steps.findIndex((s) => s.run?.includes('dist/cli/index.js simulator'));
  for (const step of job.steps.slice(start + 1)) {
    if (step.if !== undefined) continue; // always(): the log step, nothing to assert
    const output = join(temp, `output-${ran.length}`);
    writeFileSync(output, '');
    const stepEnv = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v)]),
    );
    const common = { ...base, ...env, ...stepEnv, GITHUB_OUTPUT: output };
    const code =
      step.uses === './'
        ? await exitCode(process.execPath, ['dist/index.js'], {
            ...common,
            GITHUB_STEP_SUMMARY: join(temp, 'summary'),
            ...Object.fromEntries(
              Object.entries(step.with ?? {}).map(([k, v]) => [
                `INPUT_${k.toUpperCase()}`,
                expand(String(v)),
              ]),
            ),
          })
        : await exitCode(
            'bash',
            ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run ?? ''],
            common,
          );
    const ok = code === 0;
    if (step.id !== undefined) {
      const outputs = parseOutputFile(readFileSync(output, 'utf8'));
      results.set(step.id, { outcome: ok ? 'success' : 'failure', outputs });
    }
    ran.push({ step: step.name ?? step.id ?? '?', ok });
    if (!ok && step['continue-on-error'] !== true) break;
  }
  return ran;
}

describe("ci.yml's test-action job", () => {
  let sim: RunningSimulator;
  let temp: string;
  beforeAll(async () => {
    sim = await startSimulator({ seed: 'demo' });
    temp = mkdtempSync(join(tmpdir(), 'gc-timeouts-workflow-'));
    writeFileSync(join(temp, 'summary'), '');
  });
  afterAll(async () => {
    await sim.close();
    rmSync(temp, { recursive: true, force: true });
  });

  it('passes every assertion against the committed bundle and the simulator', async () => {
    expect(sim.clientId).toBe(job.steps.find((s) => s.id === 'plan')?.with?.['client-id']);
    const ran = await runJob({ ...job.env, SIMULATOR: sim.url }, temp);
    expect(ran.map((r) => r.step)).toEqual([
      'validate a valid manifest',
      'validate → passes, nothing planned',
      'validate an invalid manifest',
      'validate → fails with invalid-manifest',
      'plan against the simulator',
      'plan → 9 changes, a fingerprint, the plan as JSON and as a file',
    ]);
    expect(ran.filter((r) => !r.ok).map((r) => r.step)).toEqual(['validate an invalid manifest']);
  });
});
