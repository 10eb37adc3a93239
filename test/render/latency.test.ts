import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { entry, plan } from './plans.js';

const withLatency = plan([
  entry({
    op: 'update',
    actionName: 'Get Customer Order',
    latency: { days: 7, count: 2400, p95Ms: 9000, p99Ms: 11_240 },
  }),
  entry({ op: 'set', actionName: 'Create Case', from: null, to: 20, latency: null }),
]);
const without = plan([entry({ op: 'update', actionName: 'Get Customer Order' })]);

describe('observed latency in the plan views', () => {
  it('adds an Observed p99 column to the markdown change table only when there is data', () => {
    const md = renderMarkdown(withLatency);
    expect(md).toContain(
      '| Op | Action | Integration | Field | From | To | Observed p99 | Manifest line | Reason |',
    );
    expect(md).toMatch(
      /\| Get Customer Order \| ERP Web Services \| `timeoutSeconds` \| 10 s \| 15 s \| 11\.2 s \| 12 \|/,
    );
    expect(md).toMatch(
      /\| Create Case \| ERP Web Services \| `timeoutSeconds` \| default \| 20 s \| {2}\| 12 \|/,
    );
    expect(renderMarkdown(without)).not.toContain('Observed p99');
  });

  it('adds a P99 column to the terminal table only when there is data', () => {
    const text = renderText(withLatency, { color: false });
    expect(text).toMatch(/TIMEOUT\s+P99\s+LINE/);
    expect(text).toMatch(/Get Customer Order .* 10 s → 15 s\s+11\.2 s\s+12/);
    expect(renderText(without, { color: false })).not.toContain('P99');
  });
});
