import { workspaceRoot } from '../util/read-file.js';
import { writeWorkspaceFile } from '../util/write-file.js';
import { batched } from '../render/batch.js';
import { renderJsonBatches } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderTextChunks } from '../render/text.js';
import { oneOf, parseFlags } from './args.js';
import { labelOf } from '../app/environment.js';
import { planManifest } from '../app/plan.js';
import {
  appPorts,
  CONNECTION_FLAGS,
  CONNECTION_HELP,
  connectionFrom,
  textLayout,
  validFromFlags,
} from './common.js';
import { EXIT, writePieces, type CliIO } from './io.js';

export const planHelp = `Usage: gc-timeouts plan [options]

Validates the manifest, reads the live org, and shows what apply would change.

Options:
${CONNECTION_HELP}
  -o, --out FILE            also write the plan as JSON (for apply --plan, or a PR comment)
      --format FORMAT       text (default), markdown or json
      --show-unchanged      list unchanged actions too (text)
  -v, --verbose             list every warning and unmanaged action (text; by default those
                            about actions the plan does not change are counted, one line a kind)

Exit codes: 0 plan made (with or without changes), 1 invalid manifest or plan errors, 2 usage error.
`;

export async function planCommand(argv: string[], io: CliIO): Promise<number> {
  const flags = parseFlags(argv, {
    ...CONNECTION_FLAGS,
    out: { type: 'string', short: 'o' },
    format: { type: 'string' },
    'show-unchanged': { type: 'boolean' },
    verbose: { type: 'boolean', short: 'v' },
  });
  if (flags.help === true) {
    io.stdout.write(planHelp);
    return EXIT.ok;
  }
  const format = oneOf('format', flags.format, ['text', 'markdown', 'json'] as const, 'text');
  const valid = await validFromFlags(flags.manifest, io, flags);
  const { plan } = await planManifest(
    {
      valid,
      environment: flags.env,
      connection: connectionFrom(flags, io, flags.env),
      label: labelOf(flags.label, flags.manifest, flags.env),
    },
    appPorts(io),
  );

  // Written as a stream: a plan of 100,000 rows is never one string in memory.
  if (flags.out !== undefined)
    await writeWorkspaceFile(flags.out, renderJsonBatches(plan), {
      root: workspaceRoot(io.env, io.cwd),
      cwd: io.cwd,
    });
  if (format === 'json') await writePieces(io, renderJsonBatches(plan));
  else if (format === 'markdown') io.stdout.write(`${renderMarkdown(plan)}\n`);
  else {
    const options = {
      ...textLayout(io),
      showUnchanged: flags['show-unchanged'] === true,
      verbose: flags.verbose === true,
    };
    await writePieces(io, batched(renderTextChunks(plan, options)));
  }
  if (flags.out !== undefined) io.stderr.write(`Plan written to ${flags.out}\n`);
  return plan.errors.length > 0 ? EXIT.failed : EXIT.ok;
}
