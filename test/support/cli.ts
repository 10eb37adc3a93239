import { runCli } from '../../src/cli/run.js';
import type { CliIO } from '../../src/cli/io.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output, the way a user would see it. */
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
    env,
    cwd: process.cwd(),
    ...(confirm ? { confirm } : {}),
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}
