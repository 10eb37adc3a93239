/**
 * Small chunks (a line, a JSON element) gathered into pieces of about `size` characters: the same
 * text in fewer writes, and a large output is still never one string.
 */
export function* batched(chunks: Iterable<string>, size = 65_536): Generator<string> {
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
