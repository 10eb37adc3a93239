import { afterEach, describe, expect, it } from 'vitest';
import type { GenesysClient } from '../../src/genesys/client.js';
import { DependencyTrackingForbiddenError } from '../../src/genesys/dependencies.js';
import { GenesysApiError } from '../../src/genesys/errors.js';
import { requireValidManifest } from '../../src/manifest/validate.js';
import { planOrg } from '../../src/org/plan.js';
import { openClient } from '../../src/org/session.js';
import { renderJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { startSimulator, type RunningSimulator } from '../../simulator/index.js';
import { targetAt } from '../support/sim-connection.js';

let sim: RunningSimulator | undefined;
let client: GenesysClient | undefined;
afterEach(async () => {
  await client?.close();
  await sim?.close();
  client = sim = undefined;
});

async function demoPlan(wrap: (c: GenesysClient) => GenesysClient = (c) => c) {
  sim = await startSimulator({ seed: 'demo' });
  client = openClient(targetAt(sim));
  const valid = await requireValidManifest('examples/gc-timeouts.yaml');
  const { plan } = await planOrg(wrap(client), valid, {
    label: 'demo',
    region: 'us-east-1',
    flows: true,
  });
  return plan;
}

describe('who calls it, on the demo org', () => {
  it('shows the flows of every changed action in text, markdown and JSON', async () => {
    const plan = await demoPlan();
    const order = plan.entries.find(
      (e) => e.actionName === 'Get Customer Order' && e.op !== 'unchanged',
    );
    expect(order?.usedBy?.map((f) => f.name)).toEqual(['Main IVR', 'Where Is My Order']);
    const unchanged = plan.entries.filter((e) => e.op === 'unchanged');
    expect(unchanged.every((e) => e.usedBy === null)).toBe(true);
    expect(plan.notes).toEqual([]);

    const text = renderText(plan, { color: false });
    expect(text).toContain('Flows that use the changed actions, as of the last dependency build:');
    expect(text).toContain(
      '  Get Customer Order (ERP Web Services): used by 2 flows: Main IVR, Where Is My Order',
    );
    const md = renderMarkdown(plan);
    expect(md).toContain('| Used by (as of the last dependency build) |');
    // The flows' own waits (issue 21) follow in the same cell.
    expect(md).toContain(
      '| used by 2 flows: Main IVR, Where Is My Order; Main IVR waits 5 s of its own: this change does not lengthen its calls; ',
    );
    const json = JSON.parse(renderJson(plan)) as {
      entries: { actionName: string; usedBy: unknown }[];
    };
    // Additive since issue 21: each flow also carries `waits`.
    expect(json.entries.find((e) => e.actionName === 'Get Customer Order')?.usedBy).toMatchObject([
      { id: '9c1f5b0e-7a44-4f0a-9f61-0d3b8e2a6c11', name: 'Main IVR', type: 'INBOUNDCALLFLOW' },
      {
        id: 'b3a8e6f1-2c4d-4e9a-8b7c-5d1e0f2a3b45',
        name: 'Where Is My Order',
        type: 'COMMONMODULEFLOW',
      },
    ]);
  });

  it('a 403 on dependency tracking gives one note, no flows, and the same plan', async () => {
    let asked = 0;
    const plan = await demoPlan((c) => ({
      ...c,
      listConsumingFlows: async () => {
        asked += 1;
        throw new DependencyTrackingForbiddenError(
          new GenesysApiError({
            kind: 'forbidden',
            message: '403',
            apiMessage: '403',
            method: 'GET',
            path: '/',
            status: 403,
          }),
        );
      },
    }));
    expect(asked).toBe(1);
    expect(plan.notes).toEqual([
      'flows not shown: the OAuth client lacks architect:dependencyTracking:view (Architect dependency tracking)',
    ]);
    expect(plan.entries.every((e) => e.usedBy === null)).toBe(true);
    expect(plan.errors).toEqual([]);
    const text = renderText(plan, { color: false });
    expect(text.match(/architect:dependencyTracking:view/g)).toHaveLength(1);
    expect(text).not.toContain('Flows that use');
    expect(renderMarkdown(plan)).toContain(
      '> [!NOTE]\n> flows not shown: the OAuth client lacks architect:dependencyTracking:view',
    );
  });
});
