import type { ErrorBody } from './types.js';

/**
 * What a 403 means (GENESYS_API.md §12): `all` of the named permissions are missing
 * (`missing.permissions`), `any` one of them would do (`missing.any.permissions`, "at least one
 * of"), or the answer names `none` (`not.authorized`). Read from the wording first: the code is
 * not documented (§10), so it only confirms.
 */
export type ForbiddenReading = 'all' | 'any' | 'none';

const ANY_OF_TEXT = /at least one of the following permissions/i;

export function forbiddenReading(
  body: ErrorBody | undefined,
  named: readonly string[],
): ForbiddenReading {
  if (named.length === 0) return 'none';
  const text = [body?.message ?? '', body?.messageWithParams ?? ''].join(' ');
  return ANY_OF_TEXT.test(text) || body?.code === 'missing.any.permissions' ? 'any' : 'all';
}

/** What to tell a user whose OAuth client lacks permissions, saying exactly what the answer means. */
export function grantHint(
  permissions: readonly string[],
  reading: ForbiddenReading = 'all',
): string {
  const where = 'a role of the OAuth client (Admin > Roles/Permissions), then retry';
  if (permissions.length === 0 || reading === 'none') {
    return (
      "the answer names no permission: check the OAuth client's roles and divisions " +
      '(a role may be granted in a division that does not hold these objects), then retry'
    );
  }
  const list = permissions.join(', ');
  if (reading === 'any' && permissions.length > 1) {
    return `the OAuth client needs at least one of ${list}: grant any one of them to ${where}`;
  }
  if (permissions.length === 1) return `the OAuth client lacks ${list}: grant it to ${where}`;
  return `the OAuth client lacks all of ${list}: grant every one of them to ${where}`;
}
