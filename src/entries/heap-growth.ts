import { setFlagsFromString } from 'node:v8';

/*
 * Imported first by both entries, before anything allocates: how V8 grows the heap of this
 * process. Left to its defaults, V8 takes far more room than a large plan needs: Node's V8 (built
 * without pointer compression) grows the young generation to two 64 MiB semi-spaces as soon as a
 * run keeps what it allocates, which a plan does (100,000 rows, their latency and warnings), and
 * lets the old generation reach about three times what is live before it collects. The flags that
 * set those limits at start-up cannot be passed by the Action (`runs: node24`) nor by an installed
 * binary; these two are read each time V8 would grow, so they take effect set here: the young
 * generation keeps its first size, and the old one is collected once it is a quarter larger than
 * what was live. Same results, with the collector run more often (up to a second or two more over
 * 100,000 actions). Measured on the shipped CLI over 100,000 actions, with and without these two
 * lines: the match-all JSON plan 340 -> 223 MiB, its markdown 348 -> 227 MiB, a plan of 16,000
 * `name` entries 329 -> 194 MiB (bench/results/memory-issue17.json).
 *
 * V8 writes an unknown flag's error to stdout, which carries plan JSON: the flags are set only on
 * the Node versions they exist on (checked on 20 and 24, V8 11.3 and 13.6).
 */
const major = Number(process.versions.node.split('.')[0]);
if (major >= 20 && major <= 24) {
  setFlagsFromString('--semi-space-growth-factor=1');
  setFlagsFromString('--heap-growing-percent=25');
}
