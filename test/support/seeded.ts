import { Prng } from '../../simulator/prng.js';

/** The simulator's seeded generator as a plain function: the same numbers for the same seed. */
export function seeded(seed: number): () => number {
  const prng = new Prng(String(seed));
  return () => prng.next();
}
