import type { SeedData } from '../types.js';
import { demoPlatformActions } from './demo-platform.js';
import { DEMO_INTEGRATIONS } from './demo-integrations.js';
import { demoWebServiceActions } from './demo-web-services.js';
import { DEMO_ORG_SEEDS, demoOrgSeed } from './demo-orgs.js';
import { scaleSeed } from './scale.js';

export const MAX_SCALE_ACTIONS = 100_000;

/** Whether `seed` names a seed `buildSeed` knows; for usage errors before a server starts. */
export function isValidSeed(seed: string): boolean {
  try {
    buildSeed(seed, true);
    return true;
  } catch {
    return false;
  }
}

/** Builds a fresh copy of the named seed: `demo`, `demo-dev`, `demo-prod`, `empty` or `scale:N`. */
export function buildSeed(seed: string, dryRun = false): SeedData {
  if (seed === 'demo') {
    if (dryRun) return { integrations: [], actions: [] };
    return {
      integrations: DEMO_INTEGRATIONS.map((i) => ({ ...i })),
      actions: [...demoWebServiceActions(), ...demoPlatformActions()],
    };
  }
  const org = Object.hasOwn(DEMO_ORG_SEEDS, seed) ? DEMO_ORG_SEEDS[seed] : undefined;
  if (org !== undefined)
    return dryRun ? { integrations: [], actions: [] } : demoOrgSeed(org, buildSeed('demo'));
  if (seed === 'empty') return { integrations: [], actions: [] };
  const scale = /^scale:(\d+)$/.exec(seed);
  const count = scale?.[1] === undefined ? NaN : Number(scale[1]);
  if (Number.isSafeInteger(count) && count >= 0 && count <= MAX_SCALE_ACTIONS) {
    return dryRun ? { integrations: [], actions: [] } : scaleSeed(count);
  }
  throw new Error(
    `Unknown seed "${seed}": use demo, demo-dev, demo-prod, empty or scale:N (N from 0 to ${MAX_SCALE_ACTIONS}).`,
  );
}
