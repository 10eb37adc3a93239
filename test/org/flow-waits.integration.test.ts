import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { GenesysClient } from '../../src/genesys/client.js';
import { requireValidManifest } from '../../src/manifest/validate.js';
import { planOrg } from '../../src/org/plan.js';
import { openClient } from '../../src/org/session.js';
import validatePlan from '../../src/generated/plan-schema-validator.generated.js';
import { renderJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { startSimulator, type RunningSimulator } from '../../simulator/index.js';
import { targetAt } from '../support/sim-connection.js';

let sim: RunningSimulator | undefined;
let client: GenesysClient | undefined;
let dir: string | undefined;
afterEach(async () => {
  await client?.close();
  await sim?.close();
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  client = sim = dir = undefined;
});

/** The example manifest with `flows:` (and an optional policy line) beside the example flow files. */
async function workspace(policyLine = ''): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'gc-flows-'));
  const example = await readFile('examples/gc-timeouts.yaml', 'utf8');
  const policy = policyLine === '' ? 'policy:' : `policy:\n  ${policyLine}`;
  await writeFile(
    join(dir, 'gc-timeouts.yaml'),
    example.replace(/^policy:/m, `flows:\n  - flows/**/*.yaml\n\n${policy}`),
  );
  await cp('examples/flows', join(dir, 'flows'), { recursive: true });
  return dir;
}

async function plan(options: { policy?: string; permissions?: string[]; latency?: boolean } = {}) {
  const root = await workspace(options.policy);
  sim = await startSimulator({
    seed: 'demo',
    ...(options.permissions === undefined ? {} : { permissions: options.permissions }),
  });
  client = openClient(targetAt(sim));
  const valid = await requireValidManifest(join(root, 'gc-timeouts.yaml'));
  const before = client.stats().requests;
  const planned = await planOrg(client, valid, {
    label: 'demo',
    region: 'us-east-1',
    latency: options.latency ?? true,
    flows: true,
    root,
  });
  return { plan: planned.plan, requests: client.stats().requests - before };
}

describe('what each flow waits, on the demo org', () => {
  it('shows an overriding flow beside the change in text, markdown and JSON', async () => {
    const { plan: p } = await plan();
    const order = p.entries.find((e) => e.actionName === 'Get Customer Order');
    expect(order?.op).toBe('update');
    expect(order?.usedBy?.map((f) => [f.name, f.waits?.kind, f.waits?.seconds])).toEqual([
      ['Main IVR', 'own', 5],
      ['Where Is My Order', 'own', 30],
    ]);
    const text = renderText(p, { color: false });
    expect(text).toContain(
      '    Main IVR waits 5 s of its own: this change does not lengthen its calls',
    );
    expect(text).toContain("    Where Is My Order waits 30 s, longer than the action's new 15 s");
    expect(text).toMatch(
      /called from flows\/main-ivr\.yaml:\d+ \(Main IVR\), timeout 5 seconds, flows\/where-is-my-order\.yaml:\d+/,
    );
    expect(text).toContain('the YAML cannot tell whether the flow waits its own timeout');
    expect(text).toMatch(/% of [\d,]+ runs failed, errorType ACTION_TIMEOUT/);
    const md = renderMarkdown(p);
    expect(md).toContain('Main IVR waits 5 s of its own: this change does not lengthen its calls');
    const json = JSON.parse(renderJson(p)) as { entries: typeof p.entries };
    // The plan file with the new keys is still a plan file `apply --plan` accepts.
    const file = { ...json, apiHost: '127.0.0.1' };
    expect(validatePlan(file), JSON.stringify(validatePlan.errors)).toBe(true);
    const row = json.entries.find((e) => e.actionName === 'Get Customer Order');
    expect(row?.usedBy?.[0]?.waits).toEqual({
      kind: 'own',
      seconds: 5,
      calls: 1,
      ownCalls: 1,
      why: null,
    });
    expect(row?.failures?.groups[0]?.errorType).toBe('ACTION_TIMEOUT');
    expect(row?.calledFrom?.map((c) => c.file)).toEqual([
      'flows/main-ivr.yaml',
      'flows/where-is-my-order.yaml',
    ]);
    // warn (the default): one warning for Main IVR, none for Where Is My Order.
    const warnings = p.warnings.filter((w) => w.code === 'flow-override');
    expect(warnings.map((w) => w.message)).toEqual([
      '"Get Customer Order" (ERP Web Services): Main IVR waits 5 s of its own: this change does not lengthen its calls',
    ]);
    expect(warnings[0]?.line).toBe(order?.line);
  });

  it('says "unknown" for a flow whose configuration has an unexpected shape', async () => {
    const { plan: p } = await plan();
    const contact = p.entries.find((e) => e.actionName === 'Lookup Contact by Email');
    const chat = contact?.usedBy?.find((f) => f.name === 'Web Chat');
    expect(chat?.waits).toMatchObject({ kind: 'unknown' });
    expect(renderText(p, { color: false })).toContain(
      'Web Chat: what it waits is unknown (a call sets its own timeout in a shape not understood)',
    );
  });

  it('applies policy.flowOverrides: fail makes an error, ignore says nothing', async () => {
    const failing = (await plan({ policy: 'flowOverrides: fail' })).plan;
    expect(failing.errors.map((e) => e.code)).toContain('flow-override');
    expect(failing.errors.find((e) => e.code === 'flow-override')?.message).toMatch(
      /Main IVR waits 5 s of its own.*\(policy\.flowOverrides: fail\)$/,
    );
    await client?.close();
    await sim?.close();
    const ignoring = (await plan({ policy: 'flowOverrides: ignore' })).plan;
    expect([...ignoring.errors, ...ignoring.warnings].some((p) => p.code === 'flow-override')).toBe(
      false,
    );
    // Ignored by the policy, still shown as evidence.
    expect(renderText(ignoring, { color: false })).toContain('Main IVR waits 5 s of its own');
  });

  it('without architect:flow:view says so once and plans on', async () => {
    const { plan: p } = await plan({
      permissions: [
        'integrations:action:view',
        'integrations:integration:view',
        'integrations:actionFunction:view',
        'architect:dependencyTracking:view',
      ],
    });
    expect(p.notes.filter((n) => n.includes('architect:flow:view'))).toHaveLength(1);
    const order = p.entries.find((e) => e.actionName === 'Get Customer Order');
    expect(order?.usedBy?.every((f) => f.waits === undefined)).toBe(true);
    expect(p.errors).toEqual([]);
  });

  it('reads each flow once, whatever the number of actions it calls', async () => {
    const { plan: p, requests } = await plan({ latency: false });
    const flows = new Set(p.entries.flatMap((e) => (e.usedBy ?? []).map((f) => f.id)));
    const configs = sim!.state.requests().filter((r) => r.path.endsWith('/latestconfiguration'));
    expect(configs.map((r) => r.path).sort()).toEqual(
      [...flows].map((id) => `/api/v2/flows/${id}/latestconfiguration`).sort(),
    );
    console.log(
      `plan with flows: ${requests} requests in all, ${configs.length} flow configurations for ${flows.size} flows`,
    );
  });
});
