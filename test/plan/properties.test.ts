import { describe, expect, it } from 'vitest';
import { isChange, type LiveAction, type Plan } from '../../src/plan/types.js';
import { action, planYaml } from './fixtures.js';

/** mulberry32: a small seeded PRNG, so every run checks the same 300 cases. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = [
  'Get Order',
  'Get Order Status',
  'Lookup Account',
  'Lookup Case',
  'Create Case',
  'Score Lead',
  'Update Address',
];
const INTEGRATIONS = ['ERP', 'CRM', 'Functions'];

interface Case {
  live: LiveAction[];
  yaml: string;
}

function randomCase(seed: number): Case {
  const r = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const timeout = (): number | null => (r() < 0.3 ? null : 1 + Math.floor(r() * 60));
  const live: LiveAction[] = [];
  for (const integrationName of INTEGRATIONS) {
    for (const name of NAMES) {
      if (r() < 0.4) continue;
      const fn = integrationName === 'Functions';
      live.push(
        action(name, {
          id: `custom_-_${integrationName}-${name}`.replace(/\s+/g, '-'),
          integrationName,
          category: integrationName,
          kind: fn ? 'function' : 'custom',
          timeoutSeconds: timeout(),
          functionTimeoutSeconds: fn ? (r() < 0.3 ? null : 1 + Math.floor(r() * 15)) : null,
        }),
      );
    }
  }
  const entries: string[] = [];
  const used = new Set<string>();
  const count = 1 + Math.floor(r() * 6);
  for (let i = 0; i < count; i++) {
    const value = r() < 0.15 ? 'default' : String(1 + Math.floor(r() * 60));
    if (r() < 0.5) {
      entries.push(
        `  - { match: { name: '${pick(['Get *', 'Lookup *', '*', '*Case', '{Score,Create}*'])}' }, timeoutSeconds: ${value} }`,
      );
    } else {
      const target = live.length > 0 ? pick(live) : undefined;
      if (target === undefined || used.has(target.id)) continue;
      used.add(target.id);
      const fn =
        target.kind === 'function' && r() < 0.5
          ? `, functionTimeoutSeconds: ${1 + Math.floor(r() * 15)}`
          : '';
      entries.push(`  - { id: '${target.id}', timeoutSeconds: ${value}${fn} }`);
    }
  }
  return { live, yaml: `version: 1\nactions:\n${entries.join('\n')}\n` };
}

/** The org after a perfect apply: every change's `to` written into the live actions. */
function applied(live: LiveAction[], plan: Plan): LiveAction[] {
  return live.map((a) => {
    const next = { ...a };
    for (const e of plan.entries.filter((x) => x.actionId === a.id && isChange(x.op))) {
      if (e.field === 'timeoutSeconds') next.timeoutSeconds = e.to;
      else next.functionTimeoutSeconds = e.to;
    }
    return next;
  });
}

const CASES = Array.from({ length: 300 }, (_, i) => i + 1);

describe('plan properties over 300 generated orgs and manifests', () => {
  it('converges: planning again after a perfect apply finds no changes', () => {
    let withChanges = 0;
    for (const seed of CASES) {
      const { live, yaml } = randomCase(seed);
      const plan = planYaml(yaml, live);
      if (plan.errors.length > 0) continue;
      if (plan.counts.changes > 0) withChanges++;
      const again = planYaml(yaml, applied(live, plan));
      expect(again.counts.changes, `seed ${seed}`).toBe(0);
      expect(again.counts.unchanged, `seed ${seed}`).toBe(
        plan.counts.unchanged + plan.counts.changes,
      );
    }
    // The generator must produce real work, or the property says nothing.
    expect(withChanges).toBeGreaterThan(200);
  });

  it('does not depend on the order the org lists its actions in', () => {
    for (const seed of CASES) {
      const { live, yaml } = randomCase(seed);
      const forward = planYaml(yaml, live);
      const backward = planYaml(yaml, [...live].reverse());
      expect(backward.entries, `seed ${seed}`).toEqual(forward.entries);
      expect(backward.fingerprint).toBe(forward.fingerprint);
    }
  });

  it('decides each field of each action at most once, and only for actions that can have it', () => {
    for (const seed of CASES) {
      const { live, yaml } = randomCase(seed);
      const plan = planYaml(yaml, live);
      const keys = plan.entries.map((e) => `${e.actionId}|${e.field}`);
      expect(new Set(keys).size, `seed ${seed}`).toBe(keys.length);
      for (const e of plan.entries.filter((x) => x.field === 'functionTimeoutSeconds')) {
        expect(live.find((a) => a.id === e.actionId)?.kind).toBe('function');
      }
      for (const e of plan.entries) {
        const op =
          e.from === e.to
            ? 'unchanged'
            : e.to === null
              ? 'reset'
              : e.from === null
                ? 'set'
                : 'update';
        expect(e.op, `seed ${seed}`).toBe(op);
      }
    }
  });
});
