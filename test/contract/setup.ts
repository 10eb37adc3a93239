import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach } from 'vitest';
import { observeExchanges } from '../../simulator/index.js';
import { ContractChecker } from './genesys-contract.js';

/**
 * Every test file: each exchange with any simulator is held against the SDK's models, and a test
 * during which one broke the contract fails. The counts go to the directory the global setup made,
 * for its summary.
 */
const checker = new ContractChecker();
const stop = observeExchanges((exchange) => checker.check(exchange));

afterEach(() => {
  const violations = checker.takeViolations();
  if (violations.length > 0) {
    throw new Error(
      `bodies that break the official SDK's models (schemas/genesys):\n  ${violations.slice(0, 20).join('\n  ')}`,
    );
  }
});

afterAll(() => {
  stop();
  const dir = process.env.GC_TIMEOUTS_CONTRACT_DIR;
  if (dir === undefined || Object.keys(checker.counts).length === 0) return;
  mkdirSync(dir, { recursive: true });
  const name = `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.json`;
  writeFileSync(join(dir, name), JSON.stringify(checker.counts));
});
