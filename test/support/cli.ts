import { runCli } from '../../src/cli/run.js';
import type { CliIO } from '../../src/cli/io.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI in-process with captured output, the way a user would see it. Retries are decided
 * as ever and waited for a hundredth as long (src/genesys/retry.ts), as for the bundles
 * (run-action.ts); a test of real waits passes GC_TIMEOUTS_TEST_FAST_RETRY: '' in `env`.
 */
export async function cli(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  confirm?: (question: string) => Promise<boolean>,
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
    env: { GC_TIMEOUTS_TEST_FAST_RETRY: '1', ...env },
    cwd: process.cwd(),
    ...(confirm ? { confirm } : {}),
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}
