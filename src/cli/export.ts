import { workspaceRoot } from '../util/read-file.js';
import { writeWorkspaceFile } from '../util/write-file.js';
import { exportOrg } from '../app/export.js';
import { parseFlags } from './args.js';
import { appPorts, connectionFrom, validFromFlags } from './common.js';
import { EXIT, type CliIO } from './io.js';

export const exportHelp = `Usage: gc-timeouts export [options]

Writes a manifest of the live org's current timeouts: the way to adopt gc-timeouts on an org
that already has timeouts set. Planning the exported file against the same org shows no changes.

Options:
  -e, --env NAME            the org of this environment of the manifest: its region, and its
                            credentials (GENESYSCLOUD_OAUTHCLIENT_ID_<NAME>/_SECRET_<NAME>)
  -m, --manifest PATH       the manifest that declares --env (default: gc-timeouts.yaml)
  -r, --region REGION       region or environment host (env GENESYSCLOUD_REGION)
      --api-base-url URL    one base URL for the API and OAuth (proxies, the simulator)
      --client-id ID        OAuth client id (env GENESYSCLOUD_OAUTHCLIENT_ID)
      --client-secret S     OAuth client secret (env GENESYSCLOUD_OAUTHCLIENT_SECRET)
  -o, --out FILE            write to FILE instead of standard output
      --deadline MINUTES    stop a read that takes longer (default 30)
  -h, --help                show this help

Exit codes: 0 written, 1 error, 2 usage error.
`;

export async function exportCommand(argv: string[], io: CliIO): Promise<number> {
  const flags = parseFlags(argv, {
    env: { type: 'string', short: 'e' },
    manifest: { type: 'string', short: 'm', default: 'gc-timeouts.yaml' },
    region: { type: 'string', short: 'r' },
    'api-base-url': { type: 'string' },
    'client-id': { type: 'string' },
    'client-secret': { type: 'string' },
    out: { type: 'string', short: 'o' },
    deadline: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (flags.help === true) {
    io.stdout.write(exportHelp);
    return EXIT.ok;
  }
  const environment = flags.env;
  // Only an environment needs the manifest: a plain export must work before there is one.
  const valid = environment === undefined ? undefined : await validFromFlags(flags.manifest, io);
  const { text } = await exportOrg(
    { connection: connectionFrom(flags, io, environment), valid, environment },
    appPorts(io),
  );
  if (flags.out === undefined) io.stdout.write(text);
  else {
    await writeWorkspaceFile(flags.out, text, { root: workspaceRoot(io.env, io.cwd), cwd: io.cwd });
    io.stderr.write(`Wrote ${flags.out}\n`);
  }
  return EXIT.ok;
}
