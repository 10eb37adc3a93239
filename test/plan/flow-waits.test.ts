import { describe, expect, it } from 'vitest';
import { waitVerdict } from '../../src/plan/flow-wait-verdict.js';
import { parseFlowDuration, readFlowWait } from '../../src/plan/flow-waits.js';

const ID = 'custom_-_92b26918';
const call = (extra: Record<string, unknown>) => ({ __type: 'DataAction', actionId: ID, ...extra });
const flow = (...actions: unknown[]) => ({
  flowSequenceItemList: [{ __type: 'Task', actionList: actions }],
});

describe('reading what a flow waits', () => {
  it('parses Architect and ISO durations, and refuses the rest', () => {
    expect(parseFlowDuration('P0D0H1M0S0F')).toBe(60);
    expect(parseFlowDuration('P0D0H0M5S0F')).toBe(5);
    expect(parseFlowDuration('P1D0H0M0S0F')).toBe(86_400);
    expect(parseFlowDuration('P0D0H0M2S5F')).toBe(2.5);
    expect(parseFlowDuration('PT1M30S')).toBe(90);
    expect(parseFlowDuration(' pt45s ')).toBe(45);
    for (const bad of ['', 'P', 'PT', '5', 'Flow.timeout', 'P0D0H1M', 'PT-5S', 'P1Y'])
      expect(parseFlowDuration(bad), bad).toBe(bad === 'P0D0H1M' ? 60 : undefined);
  });

  it('tells the action timeout from an own wait, the shortest of several calls', () => {
    expect(
      readFlowWait(flow(call({ useSuggestedTimeout: true, timeout: { text: 'P0D0H1M0S0F' } })), ID),
    ).toEqual({
      kind: 'action',
      seconds: null,
      calls: 1,
      ownCalls: 0,
      why: null,
    });
    const mixed = flow(
      call({ useSuggestedTimeout: true }),
      call({ useSuggestedTimeout: false, timeout: { text: 'P0D0H0M9S0F' } }),
      {
        __type: 'SecureAction',
        actionId: ID,
        useSuggestedTimeout: false,
        timeout: { text: 'P0D0H0M4S0F' },
      },
      call({ actionId: 'another', useSuggestedTimeout: false, timeout: { text: 'P0D0H0M1S0F' } }),
    );
    expect(readFlowWait(mixed, ID)).toEqual({
      kind: 'own',
      seconds: 4,
      calls: 3,
      ownCalls: 2,
      why: null,
    });
  });

  it('says unknown, never throws, on any shape it does not expect', () => {
    const cases: [unknown, RegExp][] = [
      [null, /not a JSON object/],
      [[1, 2], /not a JSON object/],
      ['text', /not a JSON object/],
      [flow(), /no Call Data Action for this action/],
      [flow(call({})), /no readable useSuggestedTimeout/],
      [flow(call({ useSuggestedTimeout: 'false' })), /no readable useSuggestedTimeout/],
      [flow(call({ useSuggestedTimeout: false, timeout: 5000 })), /shape not understood/],
      [
        flow(call({ useSuggestedTimeout: false, timeout: { text: 'Flow.t' } })),
        /"Flow\.t" is not a duration/,
      ],
      [flow({ __type: 'DataAction', useSuggestedTimeout: true }), /no readable action id/],
      [
        flow(call({ useSuggestedTimeout: true }), { __type: 'DataAction' }),
        /no readable action id/,
      ],
    ];
    for (const [config, why] of cases) {
      const wait = readFlowWait(config, ID);
      expect(wait.kind).toBe('unknown');
      expect(wait.why).toMatch(why);
    }
    let deep: unknown = call({ useSuggestedTimeout: true });
    for (let i = 0; i < 10_000; i++) deep = { next: deep };
    expect(readFlowWait(deep, ID).why).toMatch(/too large or too deep/);
  });
});

describe('the verdict of a flow on a change', () => {
  const own = (seconds: number) => ({
    kind: 'own' as const,
    seconds,
    calls: 1,
    ownCalls: 1,
    why: null,
  });
  const raise = { field: 'timeoutSeconds' as const, from: 10, to: 15 };
  it('words each case', () => {
    expect(waitVerdict('Main IVR', own(5), raise)).toEqual({
      effect: 'no-effect',
      text: 'Main IVR waits 5 s of its own: this change does not lengthen its calls',
    });
    expect(waitVerdict('Where Is My Order', own(30), raise).text).toBe(
      "Where Is My Order waits 30 s, longer than the action's new 15 s",
    );
    expect(waitVerdict('F', own(12), raise)).toMatchObject({ effect: 'capped' });
    expect(waitVerdict('F', own(12), { ...raise, to: null }).text).toContain('default (60 s)');
    expect(waitVerdict('F', own(5), { field: 'timeoutSeconds', from: 20, to: 8 }).text).toBe(
      'F waits 5 s of its own: this change does not change its calls',
    );
    expect(
      waitVerdict('F', { kind: 'action', seconds: null, calls: 2, ownCalls: 0, why: null }, raise),
    ).toEqual({
      effect: 'applies',
      text: "F uses the action's timeout",
    });
    expect(waitVerdict('F', { ...own(5), calls: 3, ownCalls: 1 }, raise).text).toBe(
      'F waits 5 s (1 of its 3 calls) of its own: this change does not lengthen its calls',
    );
  });
});

describe('the failure share beside p99', () => {
  it('reads as "2.1 % of 14,200 runs failed, errorType X"', async () => {
    const { failureText } = await import('../../src/render/flows.js');
    expect(
      failureText({
        days: 7,
        runs: 14_200,
        failed: 298,
        groups: [
          { errorType: 'X', responseStatus: '504', count: 213 },
          { errorType: null, responseStatus: '503', count: 85 },
        ],
      }),
    ).toBe('2.1 % of 14,200 runs failed, errorType X and 1 more');
    expect(failureText({ days: 7, runs: 10, failed: 0, groups: [] })).toBe(
      'none of 10 runs failed',
    );
    expect(failureText(undefined)).toBeUndefined();
  });
});

describe('recommend names a flow waiting less than the p99', () => {
  it('adds it to the recommendation of the action', async () => {
    const { recommend } = await import('../../src/plan/recommend.js');
    const entry = {
      op: 'update' as const,
      actionId: 'a',
      actionName: 'Get Customer Order',
      integrationId: 'i',
      integrationName: 'ERP',
      category: 'ERP',
      field: 'timeoutSeconds' as const,
      from: 3,
      to: 15,
      version: 1,
      entryIndex: 0,
      line: 5,
      selector: 'name' as const,
      reason: null,
      latency: { days: 7, count: 500, p95Ms: 9_000, p99Ms: 11_200 },
      usedBy: [
        {
          id: 'f1',
          name: 'Main IVR',
          type: 'INBOUNDCALLFLOW',
          waits: { kind: 'own' as const, seconds: 5, calls: 1, ownCalls: 1, why: null },
        },
        {
          id: 'f2',
          name: 'Where Is My Order',
          type: 'COMMONMODULEFLOW',
          waits: { kind: 'own' as const, seconds: 30, calls: 1, ownCalls: 1, why: null },
        },
      ],
    };
    const [rec] = recommend({
      entries: [entry],
      manifest: { version: 1, actions: [{ name: 'Get Customer Order', timeoutSeconds: 15 }] },
      live: [],
      splitGlobs: false,
    }).table.rows();
    expect(rec?.note).toBe(
      'p99 11.2 s × 1.5 → 17 s (500 runs, 7 days); Main IVR waits 5 s of its own, less than the p99 of 11.2 s',
    );
  });
});
