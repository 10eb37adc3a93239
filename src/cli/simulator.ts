import { runSimulatorCommand } from '../../simulator/command.js';
import type { CliIO } from './io.js';

export async function simulatorCommand(argv: string[], io: CliIO): Promise<number> {
  return runSimulatorCommand(argv, io);
}
