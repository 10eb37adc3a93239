import { offlineFlows, validateManifest } from '../app/validate.js';
import { selectEnvironment } from '../manifest/environments.js';
import { renderOfflineFlowsText } from '../render/offline-flows.js';
import { renderValidationJson, renderValidationText } from '../render/validation.js';
import { workspaceRoot } from '../util/read-file.js';
import { oneOf, parseFlags } from './args.js';
import { EXIT, type CliIO } from './io.js';

export const validateHelp = `Usage: gc-timeouts validate [--manifest PATH] [--env NAME] [--format text|json]

Checks a manifest offline: YAML syntax, the JSON Schema, and conflicts between entries.
Every problem is listed as file:line:column. A manifest with environments is checked in every
environment at once; --env also checks that it declares that one.

Options:
  -m, --manifest PATH   manifest to check (default: gc-timeouts.yaml)
  -e, --env NAME        also require this environment to be declared
      --format FORMAT   text (default) or json
  -h, --help            show this help

Exit codes: 0 valid, 1 invalid, 2 usage error.
`;

export async function validateCommand(argv: string[], io: CliIO): Promise<number> {
  const flags = parseFlags(argv, {
    manifest: { type: 'string', short: 'm', default: 'gc-timeouts.yaml' },
    env: { type: 'string', short: 'e' },
    format: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (flags.help === true) {
    io.stdout.write(validateHelp);
    return EXIT.ok;
  }
  const format = oneOf('format', flags.format, ['text', 'json'] as const, 'text');
  const root = workspaceRoot(io.env, io.cwd);
  const { result, valid } = await validateManifest(flags.manifest, root);
  io.stdout.write(
    format === 'json'
      ? renderValidationJson(flags.manifest, result)
      : renderValidationText(flags.manifest, result),
  );
  if (valid === undefined) return EXIT.failed;
  // A name the file does not declare is a usage error that lists the ones it does.
  if (flags.env !== undefined) selectEnvironment(valid, flags.env);
  // The repository's flow files that call the managed actions: the one view of them offline.
  if (format === 'text')
    io.stdout.write(renderOfflineFlowsText(await offlineFlows(valid, root, io.cwd)));
  return EXIT.ok;
}
