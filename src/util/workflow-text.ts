/**
 * The Actions runner reads every line a step prints (stdout and stderr) and executes the ones that
 * start with `::name …::` or the legacy `##[name …]` / `##vso[…]` as workflow commands: one
 * `::add-mask::`, `::set-output` or `::stop-commands::` written by a server's error message would
 * be obeyed. The runner splits lines on `\r` as well as `\n`, and trims them before it looks.
 * Text from a server, an org or a manifest is printed only through these helpers.
 */
const LINE_BREAK = /\r\n|\r|\n/;
const COMMAND_START = /^(\s*)(::|##\[|##vso\[)/i;

/** Shown before a line that would read as a command: the line stays readable and inert. */
export const INERT_PREFIX = '| ';

/**
 * Each line of `text` that the runner would take for a workflow command, prefixed so it is not
 * one. Line breaks are kept (as `\n`); nothing else changes.
 */
export function escapeWorkflowCommands(text: string): string {
  return text
    .split(LINE_BREAK)
    .map((line) => (COMMAND_START.test(line) ? `${INERT_PREFIX}${line}` : line))
    .join('\n');
}

/** `text` on one line, with `\r` and `\n` shown as `\r` and `\n`: for an error's last line. */
export function oneLogLine(text: string): string {
  return escapeWorkflowCommands(text.replace(/\r/g, '\\r').replace(/\n/g, '\\n'));
}

/**
 * A write function that makes every line it passes inert (escapeWorkflowCommands), for a stream the
 * runner reads as a whole (the CLI's stdout and stderr inside a workflow). Lines are escaped rather
 * than wrapped in `::stop-commands::`: stdout is often data piped on (`plan --format json | jq`), where
 * extra marker lines would break it, and JSON or YAML lines never start like a command anyway.
 * Writes may split a line; a continuation that would complete a command starts a new, inert line.
 */
export function inertWriter(write: (text: string) => unknown): (text: string) => unknown {
  // What the runner has of the current line so far, as printed.
  let partial = '';
  return (text) => {
    const lines = text.split(LINE_BREAK).map(inertLine);
    const first = text.split(LINE_BREAK)[0] ?? '';
    if (partial !== '') {
      // The first piece continues a line already printed: it is a command only together with it.
      const completes = COMMAND_START.test(partial + first);
      lines[0] = completes ? `\n${INERT_PREFIX}${first}` : first;
      if (completes) partial = '';
    }
    const last = lines.at(-1) ?? '';
    partial = lines.length > 1 ? last : `${partial}${lines[0]?.replace(/^\n/, '') ?? ''}`;
    return write(lines.join('\n'));
  };
}

function inertLine(line: string): string {
  return COMMAND_START.test(line) ? `${INERT_PREFIX}${line}` : line;
}
