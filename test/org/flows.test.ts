import { describe, expect, it } from 'vitest';
import {
  DependencyTrackingForbiddenError,
  type ConsumingFlow,
} from '../../src/genesys/dependencies.js';
import { GenesysApiError } from '../../src/genesys/errors.js';
import { readFlowEvidence } from '../../src/org/flows.js';
import { usedByText } from '../../src/render/flows.js';

const forbidden = (): DependencyTrackingForbiddenError =>
  new DependencyTrackingForbiddenError(
    new GenesysApiError({
      kind: 'forbidden',
      message: 'GET /api/v2/architect/dependencytracking/consumingresources failed with 403',
      apiMessage: 'You are not authorized',
      method: 'GET',
      path: '/api/v2/architect/dependencytracking/consumingresources',
      status: 403,
    }),
  );
const flow = (name: string): ConsumingFlow => ({ id: name, name, type: 'INBOUNDCALLFLOW' });

describe('readFlowEvidence', () => {
  it('reads the flows of each action of the head, and counts the rest in a note', async () => {
    const asked: string[] = [];
    const evidence = await readFlowEvidence(
      {
        listConsumingFlows: async (id) => {
          asked.push(id);
          return id === 'a' ? [flow('Main IVR')] : [];
        },
      },
      { head: ['a', 'b'], total: 2 },
    );
    expect(asked.sort()).toEqual(['a', 'b']);
    expect(evidence.note).toBeUndefined();
    const more = await readFlowEvidence(
      { listConsumingFlows: async () => [] },
      {
        head: ['a', 'b'],
        total: 7,
      },
    );
    expect(more.note).toBe(
      'flows shown for the 2 largest changes only; 5 other changed actions not looked up (the evidence budget covers 2)',
    );
    expect(evidence.byAction.get('a')?.map((f) => f.name)).toEqual(['Main IVR']);
    expect(evidence.byAction.get('b')).toEqual([]);
  });

  it('without the permission: one request, one note, no flows', async () => {
    let calls = 0;
    const evidence = await readFlowEvidence(
      {
        listConsumingFlows: async () => {
          calls += 1;
          throw forbidden();
        },
      },
      { head: ['a', 'b', 'c'], total: 3 },
    );
    expect(calls).toBe(1);
    expect(evidence.byAction.size).toBe(0);
    expect(evidence.note).toBe(
      'flows not shown: the OAuth client lacks architect:dependencyTracking:view (Architect dependency tracking)',
    );
  });

  it('another failure leaves out only the actions it hit, with one note', async () => {
    const evidence = await readFlowEvidence(
      {
        listConsumingFlows: async (id) => {
          if (id === 'b') throw new Error('GET … failed with 503 after 4 attempts');
          return [flow('Billing Queue')];
        },
      },
      { head: ['a', 'b', 'c'], total: 3 },
    );
    expect([...evidence.byAction.keys()].sort()).toEqual(['a', 'c']);
    expect(evidence.note).toBe(
      'flows not shown for 1 action: GET … failed with 503 after 4 attempts',
    );
  });
});

describe('usedByText', () => {
  it('names up to three flows and counts the rest', () => {
    expect(usedByText([flow('Main IVR')])).toBe('used by 1 flow: Main IVR');
    expect(usedByText(['A', 'B', 'C', 'D', 'E'].map(flow))).toBe(
      'used by 5 flows: A, B, C and 2 more',
    );
    expect(usedByText([])).toBe('used by no flow');
    expect(usedByText(null)).toBeUndefined();
  });
});
