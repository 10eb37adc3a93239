/** What `gc-timeouts doctor` reports, one line a check. */
export type CheckStatus = 'ok' | 'warn' | 'fail';

export interface Check {
  name: string;
  status: CheckStatus;
  detail: string;
}

export interface DoctorReport {
  checks: Check[];
}

/**
 * One doctor report never says a permission is there and then that it is missing. The analytics
 * query's 403 names the action view permission (GENESYS_API.md §9) even when the client holds it
 * and reads actions with it: what is missing then is analytics itself (the client's scope, or a
 * role's division). Pure; applied to the finished checks, so text, JSON and the job summary agree.
 */
export function consistentChecks(checks: readonly Check[]): Check[] {
  const held = new Set(
    checks
      .filter((c) => c.status === 'ok' && c.name.startsWith('permission '))
      .map((c) => c.name.slice('permission '.length)),
  );
  return checks.map((c) => {
    if (c.name !== 'analytics' || !c.detail.startsWith('analytics unavailable')) return c;
    const named = [...held].filter((p) => c.detail.includes(p));
    if (named.length === 0) return c;
    return {
      ...c,
      detail: `the analytics query was refused naming ${named.join(', ')}, which this client holds (it read the actions above): analytics is limited apart from it (an OAuth scope without analytics:readonly, or a role's divisions); plans will have no latency column`,
    };
  });
}
