import { describe, expect, it } from 'vitest';
import { ContractChecker, modelsFor } from './genesys-contract.js';

/** The contract check itself: it must fail on what the SDK does not know. */
describe('the Genesys contract from the official SDK', () => {
  const checker = new ContractChecker();
  const action = { id: 'custom_-_1', name: 'A', version: 2, config: { timeoutSeconds: 5 } };

  it('has a schema for every model the issue lists', () => {
    expect(checker.models()).toEqual(
      expect.arrayContaining([
        'Action',
        'ActionConfig',
        'RequestConfig',
        'ResponseConfig',
        'UpdateActionInput',
        'ActionEntityListing',
        'ErrorBody',
        'FunctionConfig',
        'Function',
        'PublishDraftInput',
        'ActionAggregationQuery',
        'ActionAggregateQueryResponse',
        'AsyncQueryStatus',
        'ConsumingResourcesEntityListing',
      ]),
    );
  });

  it('accepts a body of the model, refuses a field the SDK does not know and a wrong type', () => {
    expect(checker.problems('Action', action)).toEqual([]);
    expect(checker.problems('Action', { ...action, timeout: 5 })).toEqual([
      '/ must NOT have additional properties (timeout)',
    ]);
    expect(checker.problems('Action', { ...action, version: '2' })).toEqual([
      '/version must be number',
    ]);
    expect(
      checker.problems('UpdateActionInput', { version: 2, config: { timeoutMs: 5000 } }),
    ).toEqual(['/config must NOT have additional properties (timeoutMs)']);
    // The one deviation made on purpose (a merge org's removal), and nothing beside it.
    expect(
      checker.problems('UpdateActionInput', { version: 2, config: { timeoutSeconds: null } }),
    ).toEqual([]);
    expect(
      checker.problems('UpdateActionInput', { version: 2, config: { timeoutSeconds: 'x' } }),
    ).toEqual(['/config/timeoutSeconds must be number']);
    expect(checker.problems('UpdateActionInput', { config: {} })).toEqual([
      "/ must have required property 'version'",
    ]);
    expect(checker.problems('FunctionRuntime[]', [{ name: 'x', status: 1 }])).toEqual([
      '[0]/status must be string',
    ]);
  });

  it('checks the answer always, the request only when the gc-timeouts client sent it', () => {
    const path = '/api/v2/integrations/actions/custom_-_1';
    const bad = { version: 1, config: { timeoutMs: 1 } };
    const exchange = { method: 'PATCH', path, status: 200, responseBody: action };
    checker.check({ ...exchange, userAgent: 'curl/8', requestBody: bad });
    expect(checker.takeViolations()).toEqual([]);
    checker.check({ ...exchange, userAgent: 'gc-timeouts/1.0', requestBody: bad });
    expect(checker.takeViolations()).toEqual([
      `PATCH ${path} → 200: request UpdateActionInput/config must NOT have additional properties (timeoutMs)`,
    ]);
    checker.check({ method: 'GET', path, status: 404, userAgent: '', responseBody: { oops: 1 } });
    expect(checker.takeViolations()).toEqual([
      `GET ${path} → 404: response ErrorBody/ must NOT have additional properties (oops)`,
    ]);
    checker.check({
      method: 'GET',
      path: '/api/v2/nowhere',
      status: 200,
      userAgent: '',
      responseBody: {},
    });
    expect(checker.takeViolations()[0]).toContain('no SDK model');
    expect(modelsFor('POST', `${path}/draft/publish`)).toEqual({
      request: 'PublishDraftInput',
      response: 'Action',
    });
  });
});
