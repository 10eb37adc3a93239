export const SCHEMA: string;
export const MODULE: string;
export const TYPES: string;
export function validatorFiles(schema?: unknown): Promise<Record<string, string>>;
