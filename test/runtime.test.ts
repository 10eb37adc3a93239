import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

interface PackageJson {
  engines: { node: string };
  devEngines: { runtime: { name: string; version: string } };
  devDependencies: Record<string, string>;
  allowScripts: Record<string, boolean>;
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as PackageJson;
const action = parse(readFileSync('action.yml', 'utf8')) as { runs: { using: string } };
const actionMajor = /^node(\d+)$/.exec(action.runs.using)?.[1] ?? '';
const major = (range: string | undefined): string => /(\d+)/.exec(range ?? '')?.[1] ?? '';

describe('the runtime: the one the Action runs on', () => {
  it('runs this suite on the Node that action.yml names, whatever Node ran npm', () => {
    // npm scripts put node_modules/.bin first on the PATH, where the `node` dev dependency is.
    expect(process.version.startsWith(`v${actionMajor}.`)).toBe(true);
  });

  it('pins the node dev dependency, @types/node and engines to that major', () => {
    expect(actionMajor).toBe('24');
    expect(major(pkg.devDependencies['node'])).toBe(actionMajor);
    expect(major(pkg.devDependencies['@types/node'])).toBe(actionMajor);
    expect(pkg.engines.node).toBe(`>=${actionMajor}`);
  });

  it('lets npm ci run the node package install script that fetches the binary', () => {
    expect(pkg.allowScripts['node']).toBe(true);
    // Any Node from 20 on may run npm ci (an older one is warned, not refused); the dev
    // dependency brings the runtime.
    expect(pkg.devEngines.runtime).toEqual({ name: 'node', version: '>=20', onFail: 'warn' });
  });
});
