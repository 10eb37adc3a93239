import { doctorOrg } from '../app/doctor.js';
import { renderDoctorJson, renderDoctorText } from '../render/doctor.js';
import { oneOf, parseFlags } from './args.js';
import {
  appPorts,
  CONNECTION_FLAGS,
  CONNECTION_HELP,
  connectionFrom,
  validFromFlags,
} from './common.js';
import { EXIT, type CliIO } from './io.js';

export const doctorHelp = `Usage: gc-timeouts doctor [options]

Checks a real org before the first apply, with harmless reads only: login and token lifetime,
each permission the manifest's entries need, analytics and its percentiles, the rate limit the
org states, how templates come back, and what only a write could tell (and how apply checks it).

Options:
${CONNECTION_HELP}
      --format FORMAT       text (default) or json: {"checks":[{"name","status","detail"}]}

Exit codes: 0 everything the manifest needs is there, 1 something is missing (or the manifest is
invalid), 2 usage error.
`;

export async function doctorCommand(argv: string[], io: CliIO): Promise<number> {
  const flags = parseFlags(argv, { ...CONNECTION_FLAGS, format: { type: 'string' } });
  if (flags.help === true) {
    io.stdout.write(doctorHelp);
    return EXIT.ok;
  }
  const format = oneOf('format', flags.format, ['text', 'json'] as const, 'text');
  const valid = await validFromFlags(flags.manifest, io, flags);
  const { report, failure } = await doctorOrg(
    { valid, environment: flags.env, connection: connectionFrom(flags, io, flags.env) },
    appPorts(io),
  );
  io.stdout.write(format === 'json' ? renderDoctorJson(report) : renderDoctorText(report));
  return failure === undefined ? EXIT.ok : EXIT.failed;
}
