import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
  run?: string;
  env?: Record<string, string>;
}
interface Job {
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: unknown;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const DIR = '.github/workflows';
const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));
const texts = Object.fromEntries(files.map((f) => [f, readFileSync(join(DIR, f), 'utf8')]));
const workflows = Object.fromEntries(
  files.map((f) => [f, parse(texts[f] ?? '', { uniqueKeys: true }) as Workflow]),
);
const action = parse(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
};

const steps = (w: Workflow): Step[] => Object.values(w.jobs).flatMap((j) => j.steps);
const ci = (): Workflow => workflows['ci.yml'] as Workflow;

describe('the repository workflows', () => {
  it('parse as YAML, each with jobs and triggers', () => {
    expect(files).toEqual(expect.arrayContaining(['ci.yml', 'release.yml']));
    for (const [file, workflow] of Object.entries(workflows)) {
      expect(workflow.on, file).toBeDefined();
      expect(Object.keys(workflow.jobs).length, file).toBeGreaterThan(0);
    }
  });

  it('use third-party actions only pinned to a full commit SHA with its version beside it', () => {
    for (const [file, text] of Object.entries(texts)) {
      const uses = [...text.matchAll(/^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/gm)];
      expect(uses.length, file).toBeGreaterThan(0);
      for (const [, ref = '', rest = ''] of uses) {
        if (ref === './') continue;
        expect(ref, `${file}: ${ref}`).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
        expect(rest, `${file}: ${ref} has no # vX.Y.Z comment`).toMatch(/^\s+# v\d+(\.\d+){0,2}$/);
      }
    }
  });

  it('read the repository contents only, unless a job asks for more by name', () => {
    for (const [file, workflow] of Object.entries(workflows)) {
      expect(workflow.permissions, file).toEqual({ contents: 'read' });
    }
    const release = workflows['release.yml'] as Workflow;
    expect(Object.values(release.jobs).map((j) => j.permissions)).toEqual([{ contents: 'write' }]);
  });

  it('runs .ci/run on Node 24, the runtime of action.yml', () => {
    const job = ci().jobs['ci'] as Job;
    expect(job.steps.some((s) => s.run?.includes('.ci/run'))).toBe(true);
    for (const step of steps(ci()).filter((s) => s.uses?.startsWith('actions/setup-node@'))) {
      expect(step.with?.['node-version']).toBe(24);
    }
  });

  it('uploads the expected dist/ when the committed one differs', () => {
    const job = ci().jobs['check-dist'] as Job;
    const upload = job.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.['path']).toBe('dist/');
    expect(JSON.stringify(upload)).toContain("steps.diff.outcome == 'failure'");
    expect(job.steps.find((s) => s.id === 'diff')?.run).toContain('git diff --exit-code');
  });

  it('runs the action from the checkout in validate and plan mode, with inputs action.yml has', () => {
    const job = ci().jobs['test-action'] as Job;
    const own = job.steps.filter((s) => s.uses === './');
    expect(own.map((s) => s.with?.['mode'])).toEqual(['validate', 'validate', 'plan']);
    for (const step of own) {
      for (const input of Object.keys(step.with ?? {})) {
        expect(Object.keys(action.inputs), `input ${input}`).toContain(input);
      }
    }
    const plan = own.find((s) => s.with?.['mode'] === 'plan');
    expect(plan?.with?.['api-base-url']).toBe('${{ env.SIMULATOR }}');
    expect(job.steps.some((s) => s.run?.includes('dist/cli/index.js simulator'))).toBe(true);
  });

  it('checks only outputs that action.yml declares, of steps that exist', () => {
    const job = ci().jobs['test-action'] as Job;
    const ids = new Set(job.steps.map((s) => s.id).filter(Boolean));
    const read = [...JSON.stringify(job).matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)];
    expect(read.length).toBeGreaterThan(5);
    for (const [, id = '', output = ''] of read) {
      expect(ids.has(id), `step ${id}`).toBe(true);
      expect(Object.keys(action.outputs), `output ${output}`).toContain(output);
    }
  });
});

describe('the fleet example (examples/workflows/fleet.yml)', () => {
  interface FleetJob extends Job {
    needs?: string;
    if?: string;
    environment?: string;
    env?: Record<string, string>;
    concurrency?: { group: string; 'cancel-in-progress': unknown };
    strategy?: {
      'fail-fast'?: boolean;
      'max-parallel'?: number;
      matrix?: { environment?: string[] };
    };
  }
  const text = readFileSync('examples/workflows/fleet.yml', 'utf8');
  const fleet = parse(text, { uniqueKeys: true }) as Workflow & { jobs: Record<string, FleetJob> };
  const matrixJob = fleet.jobs['timeouts'] as FleetJob;
  const summary = fleet.jobs['summary'] as FleetJob;
  const ours = matrixJob.steps.find((s) => s.uses?.includes('/gc-timeouts@'));
  const manifest = parse(readFileSync('examples/fleet/gc-timeouts.yaml', 'utf8')) as {
    environments: Record<string, unknown>;
  };

  it('plans on pull requests, applies on merge and checks drift on a schedule, per environment', () => {
    expect(Object.keys(fleet.on as object)).toEqual(
      expect.arrayContaining(['pull_request', 'push', 'schedule']),
    );
    expect(ours?.with?.['mode']).toBe('auto');
    // The matrix runs exactly the environments the example manifest declares.
    expect(matrixJob.strategy?.matrix?.environment).toEqual(Object.keys(manifest.environments));
    expect(ours?.with?.['environment']).toBe('${{ matrix.environment }}');
  });

  it('runs every org in parallel without one failure cancelling the others, and says why', () => {
    expect(matrixJob.strategy?.['fail-fast']).toBe(false);
    expect(matrixJob.strategy?.['max-parallel']).toBeGreaterThan(1);
    expect(text).toMatch(/own rate limit/);
    // Applies are never cancelled half way; plan runs of an older push are.
    expect(matrixJob.concurrency?.group).toContain('matrix.environment');
    expect(String(matrixJob.concurrency?.['cancel-in-progress'])).toContain("'pull_request'");
  });

  it('takes each org credentials from its GitHub Environment, protected for apply', () => {
    expect(matrixJob.environment).toContain("github.event_name == 'push' && matrix.environment");
    expect(matrixJob.env).toEqual({
      GENESYSCLOUD_OAUTHCLIENT_ID: '${{ secrets.GENESYSCLOUD_OAUTHCLIENT_ID }}',
      GENESYSCLOUD_OAUTHCLIENT_SECRET: '${{ secrets.GENESYSCLOUD_OAUTHCLIENT_SECRET }}',
    });
    expect(ours?.with?.['client-secret']).toBeUndefined();
  });

  it('keeps one comment and one drift issue per environment', () => {
    expect(ours?.with?.['label']).toBe('${{ matrix.environment }}');
    expect(ours?.with?.['drift-issue']).toBe(true);
    expect(matrixJob.permissions).toEqual({
      contents: 'read',
      'pull-requests': 'write',
      issues: 'write',
    });
    expect(fleet.permissions).toEqual({ contents: 'read' });
  });

  it('passes only inputs the Action declares (environment arrives with the --env wiring)', () => {
    const pending = Object.keys(action.inputs).includes('environment') ? [] : ['environment'];
    for (const key of Object.keys(ours?.with ?? {}))
      expect([...Object.keys(action.inputs), ...pending], `input ${key}`).toContain(key);
  });

  it('uploads each plan file and sums them up in one table after every environment, whatever happened', () => {
    const upload = matrixJob.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.['name']).toBe('plan-${{ matrix.environment }}');
    expect(summary.needs).toBe('timeouts');
    expect(summary.if).toBe('always()');
    const download = summary.steps.find((s) => s.uses?.startsWith('actions/download-artifact@'));
    expect(download?.with?.['pattern']).toBe('plan-*');
    const table = summary.steps.find((s) => s.run?.includes('GITHUB_STEP_SUMMARY'));
    expect(table?.run).toContain(
      '| Environment | Result | Changes | Errors | Warnings | Fingerprint |',
    );
    expect(table?.env?.['ENVIRONMENTS']).toBe(Object.keys(manifest.environments).join(' '));
    for (const step of [...matrixJob.steps, ...summary.steps]) {
      if (step.uses === undefined || step.uses.includes('/gc-timeouts@')) continue;
      expect(step.uses).toMatch(/@[0-9a-f]{40}$/);
    }
  });
});
