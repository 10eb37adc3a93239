import { describe, expect, it } from 'vitest';
import {
  buildTimeoutConfig,
  buildTimeoutPatch,
  templateFetches,
} from '../../src/genesys/config-patch.js';
import { isCustomAuthActionId, isStaticActionId } from '../../src/genesys/action-ids.js';
import type { Action, ActionConfig } from '../../src/genesys/types.js';

const live: ActionConfig = JSON.parse(`{
  "request": {
    "requestUrlTemplate": "https://erp.example/orders/\${input.orderId}?q=a%20b",
    "requestTemplateUri": "/api/v2/integrations/actions/custom_-_1/templates/requesttemplate.vm",
    "requestType": "POST",
    "headers": { "X-Z": "1", "Content-Type": "application/json", "A": "ü ☃" }
  },
  "timeoutSeconds": 10,
  "response": {
    "translationMap": { "b": "$.b", "a": "$.a[0]" },
    "successTemplateUri": "/api/v2/integrations/actions/custom_-_1/templates/successtemplate.vm",
    "translationMapDefaults": { "b": "\\"\\"" },
    "futureField": { "nested": [1, 2, { "x": null }] }
  },
  "someNewTopLevelField": true
}`);
const templates = {
  request: '{"id": "${input.orderId}"}\n',
  success: '${successTemplateUtils.firstFromArray("${b}")}',
};

describe('buildTimeoutConfig', () => {
  it('changes only timeoutSeconds, swapping each template URI for its text in place', () => {
    const out = buildTimeoutConfig(live, templates, 25);
    expect(JSON.stringify(out)).toBe(
      JSON.stringify(live)
        .replace('"timeoutSeconds":10', '"timeoutSeconds":25')
        .replace(
          `"requestTemplateUri":"/api/v2/integrations/actions/custom_-_1/templates/requesttemplate.vm"`,
          `"requestTemplate":${JSON.stringify(templates.request)}`,
        )
        .replace(
          `"successTemplateUri":"/api/v2/integrations/actions/custom_-_1/templates/successtemplate.vm"`,
          `"successTemplate":${JSON.stringify(templates.success)}`,
        ),
    );
    expect(Object.keys(out)).toEqual([
      'request',
      'timeoutSeconds',
      'response',
      'someNewTopLevelField',
    ]);
    expect(Object.keys(out.request ?? {})).toEqual([
      'requestUrlTemplate',
      'requestTemplate',
      'requestType',
      'headers',
    ]);
    expect(JSON.stringify(out)).not.toContain('TemplateUri');
  });

  it('removes the override when the timeout is null (the platform default), and appends a new one last', () => {
    const removed = buildTimeoutConfig(live, templates, null);
    expect('timeoutSeconds' in removed).toBe(false);
    const added = buildTimeoutConfig(removed, {}, 7);
    expect(Object.keys(added).at(-1)).toBe('timeoutSeconds');
    expect(added.timeoutSeconds).toBe(7);
  });

  it('keeps inline template text and drops a URI beside it without fetching', () => {
    const both: ActionConfig = {
      request: { requestTemplate: 'inline', requestTemplateUri: '/x' },
      response: { successTemplate: 'ok' },
    };
    expect(templateFetches(both)).toEqual([]);
    expect(buildTimeoutConfig(both, {}, 5)).toEqual({
      request: { requestTemplate: 'inline', headers: {} },
      response: { successTemplate: 'ok', translationMap: {}, translationMapDefaults: {} },
      timeoutSeconds: 5,
    });
  });

  it('refuses to drop a URI whose text it was not given', () => {
    expect(() => buildTimeoutConfig(live, { request: 'x' }, 5)).toThrow(/successtemplate\.vm/);
  });

  it('does not alter the live object', () => {
    const before = JSON.stringify(live);
    buildTimeoutConfig(live, templates, 3);
    expect(JSON.stringify(live)).toBe(before);
  });

  it('lists the templates to fetch', () => {
    expect(templateFetches(live)).toEqual([
      { file: 'requesttemplate.vm', required: true },
      { file: 'successtemplate.vm', required: true },
    ]);
    expect(templateFetches({})).toEqual([]);
  });
});

describe('buildTimeoutPatch', () => {
  it('sends name, category, version and config, never contract or secure', () => {
    const action: Action & { config: ActionConfig } = {
      id: 'custom_-_1',
      name: 'Get Order',
      integrationId: 'int-1',
      category: 'ERP',
      version: 4,
      secure: true,
      contract: { input: { inputSchema: {} } },
      config: { request: { requestType: 'GET' }, response: {} },
    };
    const body = buildTimeoutPatch(action, 4, {}, 30);
    expect(Object.keys(body)).toEqual(['name', 'category', 'version', 'config']);
    expect(body).toEqual({
      name: 'Get Order',
      category: 'ERP',
      version: 4,
      config: {
        request: { requestType: 'GET', headers: {} },
        response: { translationMap: {}, translationMapDefaults: {} },
        timeoutSeconds: 30,
      },
    });
  });
});

describe('PATCH body shape (GENESYS_API.md §12)', () => {
  const base: Action & { config: ActionConfig } = {
    id: 'custom_-_2',
    name: 'Score Lead',
    integrationId: 'int-fn',
    category: 'Function Data Actions',
    version: 7,
    config: {
      timeoutSeconds: 10,
      request: {
        requestUrlTemplate: 'fn-123',
        requestType: 'POST',
        headers: { 'X-Trace': 'a' },
        requestTemplate: '${input.rawRequest}',
      },
      response: { translationMap: { score: '$.score' }, successTemplate: '${rawResult}' },
    },
  };

  it('always carries request.headers and both response maps as objects, {} only when absent', () => {
    const body = buildTimeoutPatch({ ...base, config: { timeoutSeconds: 3 } }, 7, {}, 4);
    expect(body.config).toEqual({
      timeoutSeconds: 4,
      request: { headers: {} },
      response: { translationMap: {}, translationMapDefaults: {} },
    });
  });

  it('keeps every other field byte-identical, maps included, in their order', () => {
    const body = buildTimeoutPatch(base, 7, {}, 12);
    expect(JSON.stringify(body.config)).toBe(
      JSON.stringify({
        ...base.config,
        timeoutSeconds: 12,
        response: { ...base.config.response, translationMapDefaults: {} },
      }),
    );
  });

  it("never sends a function action's read-only requestUrlTemplate, and nothing else goes", () => {
    const body = buildTimeoutPatch(base, 7, {}, 12, { functionAction: true });
    const { requestUrlTemplate: _readOnly, ...request } = base.config.request!;
    expect(body.config?.request).toEqual(request);
    expect(Object.keys(body.config?.request ?? {})).toEqual([
      'requestType',
      'headers',
      'requestTemplate',
    ]);
    expect(buildTimeoutPatch(base, 7, {}, 12).config?.request?.requestUrlTemplate).toBe('fn-123');
  });
});

describe('action kinds', () => {
  it('recognises static and custom-auth ids', () => {
    expect(isStaticActionId('static_e7b86b86-1')).toBe(true);
    expect(isStaticActionId('custom_-_1')).toBe(false);
    expect(isCustomAuthActionId('customAuth_-_int-1')).toBe(true);
    expect(isCustomAuthActionId('custom_-_1')).toBe(false);
  });
});
