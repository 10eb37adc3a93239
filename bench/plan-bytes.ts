import { createHash } from 'node:crypto';
import { validateManifestText } from '../src/manifest/validate.js';
import { buildPlan } from '../src/plan/diff.js';
import type { FlowEvidence, LatencyEvidence } from '../src/plan/evidence.js';
import { fingerprint } from '../src/plan/fingerprint.js';
import type { LiveAction, Plan, PlanFlow } from '../src/plan/types.js';
import { renderJsonBatches } from '../src/render/json.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { renderText } from '../src/render/text.js';

/**
 * `npx vite-node bench/plan-bytes.ts`: a digest of every output of a few generated plans (plan
 * JSON, text with and without colour and unchanged rows, markdown, the fingerprint). A change made
 * for memory or speed must print the same lines before and after: run it on both trees and diff.
 */

const INTEGRATIONS = ['ERP Web Services', 'Salesforce', 'Genesys Cloud Data Actions', 'Lambda'];

function org(n: number): LiveAction[] {
  return Array.from({ length: n }, (_, i) => {
    const integrationName = INTEGRATIONS[i % INTEGRATIONS.length] ?? '';
    const fn = integrationName === 'Lambda';
    return {
      id: `custom_-_${(i * 7919).toString(16).padStart(8, '0')}-${i}`,
      name: `${['Get', 'Lookup', 'Create', 'Score'][i % 4]} thing ${i % 97} ${i}`,
      category: ['ERP', 'Salesforce', 'Platform'][i % 3] ?? '',
      integrationId: `int-${i % INTEGRATIONS.length}`,
      integrationName,
      integrationType: fn ? 'function-data-actions' : 'custom-rest-actions',
      kind: fn ? 'function' : 'custom',
      version: 1 + (i % 13),
      secure: i % 11 === 0,
      timeoutSeconds: i % 4 === 1 ? null : 1 + (i % 50),
      functionTimeoutSeconds: fn ? (i % 3 === 0 ? null : 1 + (i % 15)) : null,
    };
  });
}

function evidence(live: readonly LiveAction[]): { latency: LatencyEvidence; flows: FlowEvidence } {
  const byAction = new Map<string, { count: number; p95?: number; p99?: number }>();
  const flows = new Map<string, PlanFlow[]>();
  live.forEach((a, i) => {
    if (i % 3 !== 0)
      byAction.set(a.id, {
        count: i % 7 === 0 ? 0 : 40 + i,
        p95: 900 + i * 37,
        p99: 1500 + i * 41,
      });
    if (i % 5 === 0)
      flows.set(a.id, [{ id: `flow-${i % 17}`, name: `IVR ${i % 17}`, type: 'INBOUNDCALLFLOW' }]);
  });
  return {
    latency: { days: 7, byAction },
    flows: { byAction: flows, note: 'flows of 50 actions read' },
  };
}

function plan(yaml: string, live: LiveAction[], withEvidence: boolean): Plan {
  const result = validateManifestText(yaml, 'gc-timeouts.yaml');
  const { manifest, source } = result;
  if (manifest === undefined || source === undefined)
    throw new Error(result.diagnostics.map((d) => d.message).join('; '));
  return buildPlan(
    {
      manifest,
      manifestPath: 'gc-timeouts.yaml',
      label: 'bytes',
      region: 'us-east-1',
      apiHost: 'api.mypurecloud.com',
      live,
      locate: (path) => source.locate(path),
      diagnostics: result.diagnostics,
    },
    withEvidence ? { ...evidence(live), notes: ['a note'] } : {},
  );
}

function scenarios(): [string, Plan][] {
  const live = org(6_000);
  const named = live
    .filter((_, i) => i % 9 === 0)
    .map((a, i) => `  - id: ${a.id}\n    timeoutSeconds: ${(i % 28) + 3}\n    reason: r${i % 5}\n`)
    .join('');
  return [
    [
      'match-all, evidence',
      plan("version: 1\nactions:\n  - match: { name: '*' }\n    timeoutSeconds: 5\n", live, true),
    ],
    [
      'ids, unmanaged report, bounds, evidence',
      plan(
        `version: 1\npolicy:\n  unmanaged: report\n  minTimeoutSeconds: 3\n  maxTimeoutSeconds: 30\nactions:\n${named}`,
        live,
        true,
      ),
    ],
    [
      'match and functions, no evidence',
      plan(
        "version: 1\npolicy:\n  maxChanges: 100\nactions:\n  - match: { name: 'Get *' }\n    timeoutSeconds: default\n  - match: { name: 'Score *' }\n    functionTimeoutSeconds: 9\n    reason: cold start\n",
        live,
        false,
      ),
    ],
  ];
}

const digest = (text: string): string =>
  `${createHash('sha256').update(text).digest('hex').slice(0, 16)} ${text.length}`;

for (const [name, p] of scenarios()) {
  const outputs: [string, string][] = [
    ['json', [...renderJsonBatches(p)].join('')],
    ['text', renderText(p, { color: false })],
    ['text color unchanged', renderText(p, { color: true, showUnchanged: true })],
    ['markdown', renderMarkdown(p)],
  ];
  process.stdout.write(
    `${name}: ${p.entries.length} rows, fingerprint ${fingerprint(p.entries)} (plan ${p.fingerprint})\n`,
  );
  for (const [format, text] of outputs) process.stdout.write(`  ${format}: ${digest(text)}\n`);
}
