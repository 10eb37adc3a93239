import { getErrorMessage } from '../util/errors.js';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Strict flag parsing: an unknown flag or a missing value is a usage error, not a silent default. */
export function parseFlags<T extends Options>(
  argv: string[],
  options: T,
): ReturnType<
  typeof parseArgs<{ args: string[]; options: T; strict: true; allowPositionals: false }>
>['values'] {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    const message = getErrorMessage(error);
    throw new UsageError(message.replace(/\. To specify a positional argument.*$/s, ''));
  }
}

export function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(
    `--${flag} must be one of ${allowed.join(', ')} (got ${JSON.stringify(value)})`,
  );
}

/** Strict flags and the positional arguments between them (`compare dev prod --all`). */
export function parseCommandLine<T extends Options>(
  argv: string[],
  options: T,
): {
  values: ReturnType<
    typeof parseArgs<{ args: string[]; options: T; strict: true; allowPositionals: true }>
  >['values'];
  positionals: string[];
} {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options,
      strict: true,
      allowPositionals: true,
    });
    return { values, positionals };
  } catch (error) {
    throw new UsageError(getErrorMessage(error));
  }
}
