import type { Diagnostic } from './types.js';

/**
 * Manifest bytes to text. YAML files here are UTF-8; anything else is named rather than silently
 * turned into U+FFFD, so a user sees "save it as UTF-8" instead of a confusing syntax error.
 */
export function decodeManifest(bytes: Buffer, file: string): string | Diagnostic {
  const encoding = wideEncoding(bytes);
  if (encoding !== undefined) {
    const message = `the manifest is ${encoding}; save it as UTF-8`;
    return { severity: 'error', rule: 'encoding', file, line: 1, column: 1, path: '', message };
  }
  const bad = firstInvalidUtf8(bytes);
  const nul = bytes.indexOf(0);
  if (bad === -1 && nul === -1) return bytes.toString('utf8');
  const offset = bad === -1 ? nul : nul === -1 ? bad : Math.min(bad, nul);
  const what = offset === nul ? 'a NUL byte' : 'invalid UTF-8';
  const at = positionOfByte(bytes, offset);
  const byte = `0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0').toUpperCase()}`;
  const message = `${what} at byte ${offset} (${byte}): the manifest must be UTF-8 text`;
  return { severity: 'error', rule: 'encoding', file, ...at, path: '', message };
}

/** UTF-16 and UTF-32 by their byte order mark, or by the NULs ASCII text has in them. */
function wideEncoding(bytes: Buffer): string | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return 'UTF-32 (little-endian)';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'UTF-32 (big-endian)';
  if (a === 0xff && b === 0xfe) return 'UTF-16 (little-endian)';
  if (a === 0xfe && b === 0xff) return 'UTF-16 (big-endian)';
  if (bytes.length < 4) return undefined;
  const head = bytes.subarray(0, Math.min(64, bytes.length - (bytes.length % 2)));
  const zeros = (parity: number): number =>
    head.filter((x, i) => i % 2 === parity && x === 0).length;
  const half = head.length / 2;
  if (zeros(1) === half && zeros(0) === 0) return 'UTF-16 (little-endian, no byte order mark)';
  if (zeros(0) === half && zeros(1) === 0) return 'UTF-16 (big-endian, no byte order mark)';
  return undefined;
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const [length, min, max] = sequenceOf(lead);
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      const lo = k === 1 ? min : 0x80;
      const hi = k === 1 ? max : 0xbf;
      if (next === undefined || next < lo || next > hi) return i;
    }
    i += length;
  }
  return -1;
}

/** Length of the sequence a lead byte starts and the range allowed for its second byte (RFC 3629). */
function sequenceOf(lead: number): [number, number, number] {
  if (lead >= 0xc2 && lead <= 0xdf) return [2, 0x80, 0xbf];
  if (lead === 0xe0) return [3, 0xa0, 0xbf];
  if (lead === 0xed) return [3, 0x80, 0x9f];
  if (lead >= 0xe1 && lead <= 0xef) return [3, 0x80, 0xbf];
  if (lead === 0xf0) return [4, 0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [4, 0x80, 0xbf];
  if (lead === 0xf4) return [4, 0x80, 0x8f];
  return [0, 0, 0];
}

function positionOfByte(bytes: Buffer, offset: number): { line: number; column: number } {
  const before = bytes.subarray(0, offset);
  const lineStart = before.lastIndexOf(0x0a) + 1;
  let line = 1;
  for (const byte of before) if (byte === 0x0a) line++;
  const column = Array.from(before.subarray(lineStart).toString('utf8')).length + 1;
  return { line, column };
}
