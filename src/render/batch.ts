/**
 * Characters a written piece gathers. Small on purpose: the chunks of a piece are held until it is
 * written, and at 64 KiB the lines of a 100,000-row text plan lived long enough for the young
 * generation to move them to the old one (about 50 MB of them), which raised the process's peak
 * by 10-20 MiB; at 8 KiB a plan of 20 MB is still only 2,500 writes.
 */
export const PIECE_CHARS = 8_192;

/**
 * Small chunks (a line, a JSON element) gathered into pieces of about `size` characters: the same
 * text in fewer writes, and a large output is still never one string.
 */
export function* batched(chunks: Iterable<string>, size = PIECE_CHARS): Generator<string> {
  let batch: string[] = [];
  let length = 0;
  for (const chunk of chunks) {
    batch.push(chunk);
    length += chunk.length;
    if (length < size) continue;
    yield batch.join('');
    batch = [];
    length = 0;
  }
  if (batch.length > 0) yield batch.join('');
}
