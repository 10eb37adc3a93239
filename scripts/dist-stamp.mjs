// The stamp that ties dist/ to the sources it was built from: a SHA-256 over the path and bytes of
// every file the build reads (sources, simulator, schemas, the lockfile, the build scripts). The
// build writes it to dist/; the e2e tests recompute it and refuse a bundle built from other sources.
// It is content-only (no times, no absolute paths), so a fresh clone, CI and every machine agree,
// and the committed stamp survives .ci/run's rebuild-and-diff.
//
//   node scripts/dist-stamp.mjs --check   exit 1, saying so, when dist/ was built from other sources
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const STAMP = 'dist/sources.sha256';
export const INPUTS = [
  'src',
  'simulator',
  'schemas',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'scripts/build.mjs',
  'scripts/generate-schema-validator.mjs',
];

/** Files under `path`, sorted, dotfiles (editor droppings) left out. */
function files(root, path) {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .flatMap((name) => files(root, join(path, name)));
}

/** The hash of every build input under `root`, as lowercase hex. */
export function sourcesHash(root) {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    for (const file of files(root, input)) {
      const name = relative(root, join(root, file)).split(sep).join('/');
      hash.update(`${name}\0${readFileSync(join(root, file)).length}\0`);
      hash.update(readFileSync(join(root, file)));
    }
  }
  return hash.digest('hex');
}

export function writeStamp(root) {
  writeFileSync(join(root, STAMP), `${sourcesHash(root)}\n`);
}

/** Why dist/ under `root` cannot be trusted to be the sources' build, or undefined when it can. */
export function staleReason(root) {
  const stamp = join(root, STAMP);
  if (!existsSync(stamp)) return `dist/ is stale: ${STAMP} is missing; run npm run build`;
  const built = readFileSync(stamp, 'utf8').trim();
  if (built !== sourcesHash(root)) {
    return 'dist/ is stale: it was built from other sources than these; run npm run build';
  }
  return undefined;
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === '--check') {
  const reason = staleReason(process.cwd());
  if (reason !== undefined) {
    console.error(reason);
    process.exit(1);
  }
  console.log('dist/ was built from these sources.');
}
