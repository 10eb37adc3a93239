/** Built-in actions belong to Genesys and cannot be updated (GENESYS_API.md §3). */
export function isStaticActionId(id: string): boolean {
  return id.startsWith('static');
}

/** Custom-authentication actions reject a timeout (GENESYS_API.md §3). */
export function isCustomAuthActionId(id: string): boolean {
  return id.startsWith('customAuth_-_');
}

/**
 * The one place an API timeout becomes the product's spelling: Genesys reads an unset timeout back
 * as absent or 0 (GENESYS_API.md §2.2), and both mean the platform default, written `null`.
 */
export function readTimeout(value: number | undefined): number | null {
  return value === undefined || value <= 0 ? null : value;
}
