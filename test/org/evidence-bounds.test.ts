import { describe, expect, it } from 'vitest';
import type { GenesysClient } from '../../src/genesys/client.js';
import { buildFailureQuery } from '../../src/genesys/analytics-failures.js';
import { listConsumingFlows } from '../../src/genesys/dependencies.js';
import type { ApiRequester } from '../../src/genesys/http.js';
import { validateManifestText } from '../../src/manifest/validate.js';
import {
  EVIDENCE_ACTIONS_MAX,
  EVIDENCE_REQUESTS_MAX,
  FLOW_DETAIL_RESERVE,
  evidenceOrg,
  readEvidence,
  type LatencyShare,
} from '../../src/org/evidence.js';
import { FAILURE_ACTIONS_MAX, readFailures } from '../../src/org/failures.js';
import { FLOW_ACTIONS_MAX, readFlowEvidence } from '../../src/org/flows.js';
import { draftPlan, finishPlan } from '../../src/plan/diff.js';
import { changedActionsBySize, NO_CHANGES } from '../../src/plan/evidence.js';
import type { LiveAction } from '../../src/plan/types.js';
import { action } from '../plan/fixtures.js';

/** Evidence is bounded in requests and in time, whatever the size of the plan. */

function draftOf(live: LiveAction[], yaml: string) {
  const result = validateManifestText(yaml, 'm.yaml');
  if (result.manifest === undefined || result.source === undefined) throw new Error('invalid');
  const source = result.source;
  return draftPlan({
    manifest: result.manifest,
    manifestPath: 'm.yaml',
    label: 't',
    region: 'us-east-1',
    live,
    locate: (p) => source.locate(p),
  });
}

const MATCH_ALL = `version: 1\nactions:\n  - match: { name: '*' }\n    timeoutSeconds: 30\n`;

/** n actions at timeouts 1..n s: a match-all to 30 s changes each by a different amount. */
function org(n: number): LiveAction[] {
  return Array.from({ length: n }, (_, i) => action(`Action ${i}`, { timeoutSeconds: i + 1 }));
}

/** A client that counts requests; latency costs `latencyRequests`, flows one each. */
function counting(latencyRequests: number, latencyNever = false) {
  let requests = 0;
  const flowCalls: { id: string; maxPages: number | undefined }[] = [];
  const client = {
    stats: () => ({ requests, retries: 0, rateWaits: 0 }),
    readActionLatency: async () => {
      requests += latencyRequests;
      if (latencyNever) await new Promise(() => undefined);
      return { byAction: new Map(), via: 'query', withoutPercentiles: 0 };
    },
    listConsumingFlows: async (id: string, opts?: { maxPages?: number }) => {
      requests += 1;
      flowCalls.push({ id, maxPages: opts?.maxPages });
      return [{ id: `flow-${id}`, name: `Flow of ${id}`, type: 'INBOUNDCALLFLOW' }];
    },
  } as unknown as GenesysClient;
  return { client, flowCalls, requests: () => requests };
}

describe('flows evidence', () => {
  it('reads flows for the largest changes only (at most 50, within the budget), one page each, and says how many were left out', async () => {
    const live = org(120);
    const draft = draftOf(live, MATCH_ALL);
    const { client, flowCalls, requests } = counting(1);
    const evidence = await readEvidence(client, draft, evidenceOrg(live), {
      latency: true,
      flowsFor: changedActionsBySize(draft.entries, EVIDENCE_ACTIONS_MAX),
    });
    // What the budget leaves after latency (1) and the flows' own detail (flow-detail.ts).
    const looked = Math.min(FLOW_ACTIONS_MAX, EVIDENCE_REQUESTS_MAX - 1 - FLOW_DETAIL_RESERVE);
    expect(flowCalls).toHaveLength(looked);
    expect(flowCalls.every((c) => c.maxPages === 1)).toBe(true);
    expect(requests()).toBeLessThanOrEqual(EVIDENCE_REQUESTS_MAX);
    // Largest first: every action read moves at least as far as every action left out.
    const moved = (id: string): number =>
      Math.abs(30 - (live.find((a) => a.id === id)?.timeoutSeconds ?? 0));
    const read = new Set(flowCalls.map((c) => c.id));
    const left = live.filter((a) => a.timeoutSeconds !== 30 && !read.has(a.id));
    expect(Math.min(...[...read].map(moved))).toBeGreaterThanOrEqual(
      Math.max(...left.map((a) => moved(a.id))),
    );
    const plan = finishPlan(draft, evidence);
    expect(plan.notes.join(' ')).toContain(`${119 - looked} other changed actions not looked up`);
    expect(plan.entries.filter((e) => e.usedBy !== null)).toHaveLength(looked);
  });

  it('gives flows only what latency left of the 60-request budget', async () => {
    const live = org(120);
    const { client, flowCalls, requests } = counting(25);
    const draft = draftOf(live, MATCH_ALL);
    await readEvidence(client, draft, evidenceOrg(live), {
      latency: true,
      flowsFor: changedActionsBySize(draft.entries, EVIDENCE_ACTIONS_MAX),
    });
    expect(flowCalls).toHaveLength(EVIDENCE_REQUESTS_MAX - 25 - FLOW_DETAIL_RESERVE);
    expect(requests()).toBe(EVIDENCE_REQUESTS_MAX - FLOW_DETAIL_RESERVE);
  });

  it('a dependency listing announcing 200 pages costs one request with a bound of one page', async () => {
    let calls = 0;
    const api = {
      json: async () => {
        calls += 1;
        return {
          entities: [{ id: 'f1', name: 'Main IVR', version: '1.0', type: 'INBOUNDCALLFLOW' }],
          pageSize: 1,
          pageNumber: 1,
          total: 200,
          pageCount: 200,
        };
      },
    } as unknown as ApiRequester;
    const flows = await listConsumingFlows(api, () => undefined, 'a1', {
      maxPages: 1,
      secure: false,
    });
    expect(calls).toBe(1);
    expect(flows.map((f) => f.name)).toEqual(['Main IVR']);
  });

  it('orders changed actions by the size of their change, ties in plan order', () => {
    const live = [
      action('A', { timeoutSeconds: 29 }),
      action('B', { timeoutSeconds: 5 }),
      action('C', { timeoutSeconds: 55 }),
    ];
    const { head, total } = changedActionsBySize(draftOf(live, MATCH_ALL).entries, 50);
    expect(head.map((id) => live.find((a) => a.id === id)?.name)).toEqual(['B', 'C', 'A']);
    expect(total).toBe(3);
  });

  it('ranks an action once by its larger field, and keeps only the head it is asked for', () => {
    const live = [
      action('A', { timeoutSeconds: 29 }),
      action('F', { kind: 'function', timeoutSeconds: 28, functionTimeoutSeconds: 1 }),
      action('B', { timeoutSeconds: 5 }),
      action('C', { timeoutSeconds: 55 }),
      action('D', { timeoutSeconds: 30 }),
    ];
    const both = `${MATCH_ALL}    functionTimeoutSeconds: 15\n`;
    const named = (limit: number): (string | undefined)[] =>
      changedActionsBySize(draftOf(live, both).entries, limit).head.map(
        (id) => live.find((a) => a.id === id)?.name,
      );
    // B moves 25 s, C 25 s, F 14 s by its function timeout (2 s by its own), A 1 s; D not at all.
    expect(named(50)).toEqual(['B', 'C', 'F', 'A']);
    expect(named(3)).toEqual(['B', 'C', 'F']);
    expect(named(1)).toEqual(['B']);
    expect(changedActionsBySize(draftOf(live, both).entries, 1).total).toBe(4);
  });

  it('without the bound it still refuses to read more than asked', async () => {
    const { client, flowCalls } = counting(0);
    const out = await readFlowEvidence(client, { head: ['a', 'b', 'c'], total: 3 }, 2);
    expect(flowCalls.map((c) => c.id)).toEqual(['a', 'b']);
    expect(out.note).toContain('1 other changed action not looked up');
  });
});

describe('what evidence keeps of the org', () => {
  it("narrows latency to the managed actions' integrations and tells secure actions apart, from the ids alone", async () => {
    const live = [
      action('Lookup', { integrationName: 'CRM', timeoutSeconds: 3 }),
      action('Vault', { integrationName: 'CRM', timeoutSeconds: 3, secure: true }),
      action('Other', { integrationName: 'ERP', timeoutSeconds: 3 }),
    ];
    const draft = draftOf(
      live,
      `version: 1\nactions:\n  - match: { integration: CRM }\n    timeoutSeconds: 5\n`,
    );
    const scopes: unknown[] = [];
    const secure = new Map<string, boolean | undefined>();
    const client = {
      stats: () => ({ requests: 0, retries: 0, rateWaits: 0 }),
      readActionLatency: async (scope: unknown) => {
        scopes.push(scope);
        return { byAction: new Map(), via: 'query', withoutPercentiles: 0 };
      },
      listConsumingFlows: async (id: string, opts?: { secure?: boolean }) => {
        secure.set(id, opts?.secure);
        return [];
      },
    } as unknown as GenesysClient;
    const changed = changedActionsBySize(draft.entries, EVIDENCE_ACTIONS_MAX);
    await readEvidence(client, draft, evidenceOrg(live), { latency: true, flowsFor: changed });
    const [lookup, vault] = live;
    expect(scopes).toEqual([{ actionIds: [lookup?.id, vault?.id], integrationIds: ['int-CRM'] }]);
    expect(Object.fromEntries(secure)).toEqual({
      [lookup?.id ?? '']: false,
      [vault?.id ?? '']: true,
    });
  });
});

describe('latency shared by the plans of one read', () => {
  it("a later plan shows the first plan's latency when it answers for every managed row, else asks again", async () => {
    const live = org(3);
    const first = draftOf(live, MATCH_ALL);
    const { client, requests } = counting(1);
    const share: LatencyShare = {};
    await readEvidence(client, first, evidenceOrg(live), {
      latency: true,
      flowsFor: NO_CHANGES,
      share,
    });
    expect(requests()).toBe(1);
    expect(share.latency?.asked).toEqual(live.map((a) => a.id));
    const kept = share.latency;
    // The same actions, other values: the first reading, no request.
    const again = draftOf(live, MATCH_ALL.replace('30', '40'));
    await readEvidence(client, again, evidenceOrg(live), {
      latency: true,
      flowsFor: NO_CHANGES,
      share,
    });
    expect(requests()).toBe(1);
    // Fewer of the same actions: the first reading answers for them too.
    const one = draftOf(live, `version: 1\nactions:\n  - name: Action 2\n    timeoutSeconds: 9\n`);
    await readEvidence(client, one, evidenceOrg(live), {
      latency: true,
      flowsFor: NO_CHANGES,
      share,
    });
    expect(requests()).toBe(1);
    // An action the first plan did not manage: analytics is asked, the first reading is kept.
    const wider = [...live, action('Action 3', { timeoutSeconds: 4 })];
    const more = draftOf(wider, MATCH_ALL);
    await readEvidence(client, more, evidenceOrg(wider), {
      latency: true,
      flowsFor: NO_CHANGES,
      share,
    });
    expect(requests()).toBe(2);
    expect(share.latency).toBe(kept);
    // Without a share, each plan asks.
    await readEvidence(client, again, evidenceOrg(live), { latency: true, flowsFor: NO_CHANGES });
    expect(requests()).toBe(3);
  });
});

describe('evidence time box', () => {
  it('latency that never answers becomes a note well before the deadline; the plan is made', async () => {
    const live = org(3);
    const draft = draftOf(live, MATCH_ALL);
    const { client } = counting(1, true);
    const started = Date.now();
    const evidence = await readEvidence(client, draft, evidenceOrg(live), {
      latency: true,
      flowsFor: changedActionsBySize(draft.entries, EVIDENCE_ACTIONS_MAX),
      deadline: started + 1_000,
    });
    expect(Date.now() - started).toBeLessThan(900);
    const plan = finishPlan(draft, evidence);
    expect(plan.notes.join(' ')).toContain('No observed latency in this plan: evidence has');
    expect(plan.errors).toEqual([]);
    expect(plan.counts.changes).toBe(3);
  });
});

describe('failure share', () => {
  it('asks for the 50 largest changes by name in one query, and says how many were not asked for', async () => {
    const live = org(120);
    const draft = draftOf(live, MATCH_ALL);
    const asked: string[][] = [];
    const client = {
      readActionFailures: async (ids: readonly string[]) => {
        asked.push([...ids]);
        return {
          byAction: new Map(ids.map((id) => [id, { runs: 10, failed: 1, groups: [] }])),
        };
      },
    } as unknown as GenesysClient;
    const changed = changedActionsBySize(draft.entries, EVIDENCE_ACTIONS_MAX);
    const failures = await readFailures(client, changed, Date.parse('2026-12-01T00:00:00Z'));
    expect(asked).toEqual([changed.head.slice(0, FAILURE_ACTIONS_MAX)]);
    expect(FAILURE_ACTIONS_MAX).toBe(50);
    const plan = finishPlan(draft, { failures });
    const shown = plan.entries.filter((e) => e.failures !== undefined);
    expect(shown.map((e) => e.actionId).sort()).toEqual(changed.head.slice(0, 50).sort());
    expect(plan.notes).toContain(
      `Failure rates are shown for the 50 largest changes only: ${changed.total - 50} more changed actions not asked for (at most 50 per plan).`,
    );
    // The query names its actions, so its answer stays small on any org (genesys/analytics-failures).
    const query = buildFailureQuery(asked[0] ?? [], 'i') as { filter?: { predicates: unknown[] } };
    expect(query.filter?.predicates).toHaveLength(50);
  });
});
