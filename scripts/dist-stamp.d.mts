export const STAMP: string;
export const INPUTS: string[];
export function sourcesHash(root: string): string;
export function writeStamp(root: string): void;
export function staleReason(root: string): string | undefined;
