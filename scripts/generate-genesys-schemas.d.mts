/** The SDK models schemas/genesys holds, and their files (name → JSON text) as generated now. */
export const MODELS: string[];
export function generate(): Map<string, string>;
