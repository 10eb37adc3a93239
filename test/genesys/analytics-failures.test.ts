import { describe, expect, it } from 'vitest';
import { buildFailureQuery, parseFailureResponse } from '../../src/genesys/analytics-failures.js';

const stats = (count: number) => [
  { interval: 'i', metrics: [{ metric: 'tTotalExecution', stats: { count } }] },
];

describe('failure share from analytics grouped by errorType', () => {
  it('asks one query grouped by actionId, errorType and responseStatus', () => {
    expect(buildFailureQuery(['a', 'a', 'b'], 'x/y')).toMatchObject({
      groupBy: ['actionId', 'errorType', 'responseStatus'],
      filter: { predicates: [{ value: 'a' }, { value: 'b' }] },
    });
  });

  it('counts runs and failures as the API gives them, ignoring odd shapes', () => {
    const body = {
      results: [
        { group: { actionId: 'a', responseStatus: '200' }, data: stats(13_902) },
        {
          group: { actionId: 'a', errorType: 'ACTION_TIMEOUT', responseStatus: '504' },
          data: stats(213),
        },
        { group: { actionId: 'a', responseStatus: 503 }, data: stats(85) },
        { group: { actionId: 'other', errorType: 'X' }, data: stats(5) },
        { group: 'odd' },
        null,
        { group: { actionId: 'a' }, data: 'odd' },
      ],
    };
    expect(parseFailureResponse(body, new Set(['a'])).get('a')).toEqual({
      runs: 14_200,
      failed: 298,
      groups: [
        { errorType: 'ACTION_TIMEOUT', responseStatus: '504', count: 213 },
        { errorType: null, responseStatus: '503', count: 85 },
      ],
    });
    expect(parseFailureResponse({ results: 'no' }, new Set(['a'])).size).toBe(0);
    expect(parseFailureResponse(undefined, new Set(['a'])).size).toBe(0);
  });
});
