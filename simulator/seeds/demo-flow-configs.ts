/**
 * What the demo org's flows wait when they call a data action (GENESYS_API.md §13), the data the
 * simulator's flow configurations are built from. Most calls use the action's suggested timeout;
 * some wait their own; Web Chat's configuration has a shape the reader cannot be sure of (an own
 * timeout as a bare number, unit unknown), so a client must call it "unknown".
 */

export type DemoCallWait =
  | { suggested: true }
  | { suggested: false; timeout: string }
  /** An unexpected shape, served as given. */
  | { raw: Record<string, unknown> };

const GET_CUSTOMER_ORDER = 'custom_-_92b26918-525c-4bda-86df-9aa2f61955c9';
const TOKENIZE_CARD = 'custom_-_16147b65-ccc0-422f-a83b-6e9e71c19fd1';
const LOOKUP_CONTACT_BY_EMAIL = 'custom_-_109b9186-8f26-49c6-9f8d-70ddbcafc42d';
const CHECK_INVENTORY = 'custom_-_4b1e6c52-8d0a-4c1b-9a55-2f7d3e9c0a11';

/** Flow id → action id → how its call waits; calls not listed use the suggested timeout. */
export const DEMO_CALL_WAITS: Record<string, Record<string, DemoCallWait>> = {
  // Main IVR: the order lookup waits 5 s of its own, whatever the action's timeout.
  '9c1f5b0e-7a44-4f0a-9f61-0d3b8e2a6c11': {
    [GET_CUSTOMER_ORDER]: { suggested: false, timeout: 'P0D0H0M5S0F' },
  },
  // Where Is My Order: the same action, waiting 30 s of its own; inventory uses the action's.
  'b3a8e6f1-2c4d-4e9a-8b7c-5d1e0f2a3b45': {
    [GET_CUSTOMER_ORDER]: { suggested: false, timeout: 'P0D0H0M30S0F' },
    [CHECK_INVENTORY]: { suggested: true },
  },
  // Payments Line: a Call Secure Data Action that waits 8 s of its own.
  '0f6c3d2b-8e1a-4b7f-9c5d-2a4e6b8c0d17': {
    [TOKENIZE_CARD]: { suggested: false, timeout: 'P0D0H0M8S0F' },
  },
  // Web Chat: an own timeout given as a bare number: no unit, so "unknown".
  '7a2b4c6d-8e0f-4a1b-9c3d-5e7f9a1b3c28': {
    [LOOKUP_CONTACT_BY_EMAIL]: { raw: { useSuggestedTimeout: false, timeout: 5000 } },
  },
};

/** Secure actions are called with Call Secure Data Action (`__type: "SecureAction"`). */
export const DEMO_SECURE_CALLS = new Set([TOKENIZE_CARD]);

/**
 * Failed runs per action for analytics grouped by errorType and responseStatus: the share of the
 * action's runs and the values of the group. The real errorType values are not documented; these
 * are made up for the demo and shown as given.
 */
export const DEMO_FAILURES: Record<
  string,
  { share: number; errorType: string; responseStatus: string }[]
> = {
  [GET_CUSTOMER_ORDER]: [
    { share: 0.015, errorType: 'ACTION_TIMEOUT', responseStatus: '504' },
    { share: 0.006, errorType: 'REMOTE_ENDPOINT_ERROR', responseStatus: '502' },
  ],
  [CHECK_INVENTORY]: [{ share: 0.002, errorType: 'REMOTE_ENDPOINT_ERROR', responseStatus: '500' }],
};
