import type { SimulatorOptions } from '../../simulator/index.js';

/**
 * The two readings the end-to-end suites run against: the default simulator and its least
 * forgiving profile (stated limit 180 a minute, 429 without Retry-After, the swagger's 400 for a
 * version mismatch, empty templates, merge PATCH). Draft ZIPs are kept here: under `drop` a
 * function change can never succeed (gc-timeouts never has the code) and is refused before
 * publishing, which test/org/real-org-apply and test/genesys/sim-auth-functions show.
 */
export const SIM_PROFILES: [string, SimulatorOptions][] = [
  ['default', {}],
  ['strict', { profile: 'strict', draftZip: 'keep' }],
];
