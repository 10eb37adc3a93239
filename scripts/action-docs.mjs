// Keeps README's tables of inputs and outputs generated from action.yml.
//   node scripts/action-docs.mjs          rewrite README.md
//   node scripts/action-docs.mjs --check  exit 1 when README.md is stale
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { parse } from 'yaml';

export const START =
  '<!-- action-docs:start (generated from action.yml by scripts/action-docs.mjs) -->';
export const END = '<!-- action-docs:end -->';

const cell = (text) => String(text).replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');

/** The inputs and outputs tables for action.yml's text. */
export function actionDocs(actionYml) {
  const action = parse(actionYml);
  const inputs = Object.entries(action.inputs ?? {}).map(
    ([name, i]) =>
      `| \`${name}\` | ${i.default === '' || i.default === undefined ? '' : `\`${cell(i.default)}\``} | ${cell(i.description)} |`,
  );
  const outputs = Object.entries(action.outputs ?? {}).map(
    ([name, o]) => `| \`${name}\` | ${cell(o.description)} |`,
  );
  return [
    '### Inputs',
    '',
    '| Input | Default | Description |',
    '| --- | --- | --- |',
    ...inputs,
    '',
    '### Outputs',
    '',
    '| Output | Description |',
    '| --- | --- |',
    ...outputs,
  ].join('\n');
}

/** README text with the generated section replaced, formatted as Prettier (and so lint) wants it. */
export async function withActionDocs(readme, actionYml) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the ${START} … ${END} markers`);
  const text = `${readme.slice(0, start + START.length)}\n\n${actionDocs(actionYml)}\n\n${readme.slice(end)}`;
  const options = (await prettier.resolveConfig('README.md')) ?? {};
  return prettier.format(text, { ...options, parser: 'markdown' });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const readme = readFileSync('README.md', 'utf8');
  const fresh = await withActionDocs(readme, readFileSync('action.yml', 'utf8'));
  if (process.argv.includes('--check')) {
    if (fresh !== readme) {
      console.error('README.md is out of date with action.yml: run node scripts/action-docs.mjs');
      process.exit(1);
    }
  } else {
    writeFileSync('README.md', fresh);
  }
}
