export const SCHEMA: string;
export const MODULE: string;
export const TYPES: string;
export const TARGETS: {
  schema: string;
  module: string;
  types: string;
  what: string;
  options: object;
}[];
export function validatorFiles(
  schema?: unknown,
  target?: (typeof TARGETS)[number],
): Promise<Record<string, string>>;
