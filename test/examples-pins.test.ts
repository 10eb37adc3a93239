import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const pins = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .flatMap((f) => [
      ...readFileSync(join(dir, f), 'utf8').matchAll(/uses: (actions\/checkout@\S+)/g),
    ])
    .map((m) => m[1] ?? '');

it('the example workflows pin the same actions/checkout as the repository CI', () => {
  const ours = new Set(pins('.github/workflows'));
  expect(ours.size).toBe(1);
  const examples = pins('examples/workflows');
  expect(examples.length).toBeGreaterThan(0);
  for (const pin of examples) expect(ours).toContain(pin);
});
