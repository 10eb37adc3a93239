import { Prng } from '../prng.js';
import type { SeedData, StoredAction, StoredIntegration } from '../types.js';
import {
  GENESYS_HEADERS,
  REST_HEADERS,
  configFor,
  contractFor,
  type ActionSpec,
} from './builders.js';

const VERBS = ['Get', 'Lookup', 'Create', 'Update', 'Check', 'Sync', 'Validate', 'Cancel'];
const NOUNS = ['Order', 'Account', 'Case', 'Invoice', 'Shipment', 'Contact', 'Ticket', 'Balance'];
const CATEGORIES = ['ERP', 'CRM', 'Billing', 'Logistics', 'Support', 'Identity'];
const TIMEOUTS = [3, 5, 8, 10, 15, 20, 30, 45, 60];

/**
 * `scale:N`: N actions over a handful of integrations, with unique names, varied categories
 * and a share of unset timeouts. Objects that never change (contract, headers) are shared
 * between actions on purpose: building 20,000 of them must stay well under a second, and the
 * store replaces (never mutates) those parts.
 */
export function scaleSeed(count: number): SeedData {
  const prng = new Prng(`scale:${count}`);
  const integrations: StoredIntegration[] = [
    { id: prng.uuid(), name: 'Scale REST A', typeId: 'custom-rest-actions' },
    { id: prng.uuid(), name: 'Scale REST B', typeId: 'custom-rest-actions' },
    { id: prng.uuid(), name: 'Scale REST C', typeId: 'custom-rest-actions' },
    { id: prng.uuid(), name: 'Genesys Cloud Data Actions', typeId: 'purecloud-data-actions' },
  ];
  const contract = contractFor('Scale', { id: 'string' }, { result: 'string' });
  const actions: StoredAction[] = [];
  const width = String(count).length;
  for (let i = 1; i <= count; i++) {
    const integration = integrations[i % integrations.length] as StoredIntegration;
    const isGenesys = integration.typeId === 'purecloud-data-actions';
    const noun = prng.pick(NOUNS);
    const spec: ActionSpec = {
      id: `custom_-_${prng.uuid()}`,
      name: `${prng.pick(VERBS)} ${noun} ${String(i).padStart(width, '0')}`,
      version: prng.int(1, 9),
      method: prng.next() < 0.7 ? 'GET' : 'POST',
      url: isGenesys
        ? `/api/v2/${noun.toLowerCase()}s/\${input.id}`
        : `https://svc${i % 7}.example.com/${noun.toLowerCase()}/\${input.id}`,
      input: { id: 'string' },
      output: { result: 'string' },
      latency: [prng.int(0, 5000), prng.int(100, 2000), 0, 0],
    };
    if (prng.next() < 0.75) spec.timeoutSeconds = prng.pick(TIMEOUTS);
    const p50 = spec.latency[1];
    actions.push({
      id: spec.id,
      name: spec.name,
      integrationId: integration.id,
      category: isGenesys ? 'Genesys Cloud' : prng.pick(CATEGORIES),
      version: spec.version,
      secure: prng.next() < 0.05,
      config: configFor(spec, isGenesys ? GENESYS_HEADERS : REST_HEADERS),
      contract,
      latency: { callsPerDay: spec.latency[0], p50Ms: p50, p95Ms: p50 * 3, p99Ms: p50 * 5 },
    });
  }
  return { integrations, actions };
}
