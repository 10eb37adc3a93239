import { createHash } from 'node:crypto';
import type { SeedData, StoredAction, StoredIntegration } from '../types.js';
import { REST_HEADERS, buildAction } from './builders.js';

/**
 * Two orgs of one customer, for environments, compare and promote: `demo-dev` and `demo-prod`.
 * Both hold the demo org's integrations and actions under the same names, but every generated id
 * differs (Genesys Cloud generates them when an action or integration is created, so no two orgs
 * share one), some timeouts differ, and dev has an action prod lacks. Static actions are the
 * platform's own and keep their ids.
 */

export type DemoOrg = 'dev' | 'prod';
export const DEMO_ORG_SEEDS: Readonly<Record<string, DemoOrg>> = {
  'demo-dev': 'dev',
  'demo-prod': 'prod',
};

/** Timeouts dev has been trying (name -> seconds; null removes the override). */
const DEV_TIMEOUTS: Readonly<Record<string, number | null>> = {
  'Get Customer Order': 20,
  'Create Return Authorization': 25,
  'Legacy Order Lookup': 5,
};

/** A uuid derived from the org and the demo id: stable across runs, different per org. */
function orgUuid(org: DemoOrg, id: string): string {
  const hex = createHash('sha256').update(`${org}:${id}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function orgActionId(org: DemoOrg, id: string): string {
  const match = /^(custom_-_|customAuth_-_)(.+)$/.exec(id);
  return match === null ? id : `${match[1] ?? ''}${orgUuid(org, match[2] ?? id)}`;
}

function debugEcho(org: DemoOrg, erp: StoredIntegration): StoredAction {
  return buildAction(
    erp,
    'ERP',
    {
      id: orgActionId(org, 'custom_-_debug-echo'),
      name: 'Debug Echo',
      version: 1,
      timeoutSeconds: 5,
      method: 'POST',
      url: 'https://erp-dev.example.com/debug/echo',
      input: { payload: 'string' },
      output: { echoed: 'string' },
      latency: [50, 80, 200, 400],
    },
    REST_HEADERS,
  );
}

/** The org's copy of the demo seed: ids of its own, its timeouts, its extra actions. */
export function demoOrgSeed(org: DemoOrg, demo: SeedData): SeedData {
  const integrationIds = new Map(demo.integrations.map((i) => [i.id, orgUuid(org, i.id)]));
  const integrations = demo.integrations.map((i) => ({
    ...i,
    id: integrationIds.get(i.id) ?? i.id,
  }));
  const actions = demo.actions.map((action): StoredAction => {
    const copy: StoredAction = {
      ...action,
      id: orgActionId(org, action.id),
      integrationId: integrationIds.get(action.integrationId) ?? action.integrationId,
      config: { ...action.config },
    };
    const dev = DEV_TIMEOUTS[action.name];
    if (org === 'dev' && dev !== undefined) {
      if (dev === null) delete copy.config.timeoutSeconds;
      else copy.config.timeoutSeconds = dev;
    }
    return copy;
  });
  const erp = integrations.find((i) => i.name === 'ERP Web Services');
  if (org === 'dev' && erp !== undefined) actions.push(debugEcho(org, erp));
  return { integrations, actions };
}
