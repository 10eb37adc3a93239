import { describe, expect, it } from 'vitest';
import { isDriftAccepted, utcDay } from '../../src/manifest/accept-drift.js';
import { parseManifestText } from '../../src/manifest/parse.js';
import { checkSemantics } from '../../src/manifest/semantics.js';
import type { Manifest } from '../../src/manifest/types.js';

const TEXT = `version: 1
actions:
  - name: Get Customer Order
    timeoutSeconds: 15
    acceptDrift:
      until: 2027-01-31
      reason: INC-4411 raised by hand during the ERP outage
`;

function semantics(now: string): ReturnType<typeof checkSemantics> {
  const parsed = parseManifestText(TEXT, 'm.yaml');
  if (!parsed.ok) throw new Error('fixture does not parse');
  return checkSemantics(parsed.data as Manifest, parsed.source, undefined, () => Date.parse(now));
}

describe('acceptDrift', () => {
  it('is quiet while the date is today or ahead, and a positioned warning once it is past', () => {
    expect(semantics('2027-01-31T23:59:59Z')).toEqual([]);
    const past = semantics('2027-02-01T00:00:00Z');
    expect(past).toEqual([
      {
        severity: 'warning',
        rule: 'accept-drift',
        file: 'm.yaml',
        line: 6,
        column: 14,
        path: 'actions[0].acceptDrift.until',
        message:
          "actions[0].acceptDrift.until is 2027-01-31, in the past: drift on this entry's actions is reported again; move the date or remove acceptDrift",
      },
    ]);
  });

  it('accepts through the until day in UTC and not a day longer', () => {
    const accept = { until: '2027-01-31', reason: 'r' };
    expect(isDriftAccepted(accept, Date.parse('2027-01-31T23:59:59Z'))).toBe(true);
    expect(isDriftAccepted(accept, Date.parse('2027-02-01T00:00:00Z'))).toBe(false);
    expect(isDriftAccepted(undefined, Date.parse('2020-01-01T00:00:00Z'))).toBe(false);
    expect(isDriftAccepted({ until: '2027-02-31', reason: 'r' }, Date.parse('2027-01-01'))).toBe(
      false,
    );
    expect(utcDay(Date.parse('2027-01-31T23:30:00-05:00'))).toBe('2027-02-01');
  });
});
