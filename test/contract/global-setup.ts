import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Makes the directory the test files write their contract counts to, and at the end says how many
 * bodies were held against which SDK models (also in $TMPDIR/gc-timeouts-genesys-contract.json).
 */
export function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'gc-timeouts-contract-'));
  process.env.GC_TIMEOUTS_CONTRACT_DIR = dir;
  return () => {
    const totals: Record<string, number> = {};
    for (const file of readdirSync(dir)) {
      const counts = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, number>;
      for (const [model, n] of Object.entries(counts)) totals[model] = (totals[model] ?? 0) + n;
    }
    rmSync(dir, { recursive: true, force: true });
    const total = Object.values(totals).reduce((a, b) => a + b, 0);
    if (total === 0) return;
    const models = Object.keys(totals).sort();
    const line = `Genesys contract: ${total} bodies checked against ${models.length} SDK models (${models.map((m) => `${m} ${totals[m]}`).join(', ')})`;
    process.stdout.write(`\n${line}\n`);
    try {
      writeFileSync(
        join(tmpdir(), 'gc-timeouts-genesys-contract.json'),
        JSON.stringify({ total, byModel: totals }, null, 2),
      );
    } catch {
      // The summary line above is what matters.
    }
  };
}
