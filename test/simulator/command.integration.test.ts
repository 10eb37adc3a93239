import { describe, expect, it } from 'vitest';
import { parseSimulatorArgs } from '../../simulator/command-args.js';
import { runSimulatorCommand } from '../../simulator/command.js';

function buffers() {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: {
      stdout: { write: (text: string) => (out.stdout += text) },
      stderr: { write: (text: string) => (out.stderr += text) },
    },
  };
}

describe('gc-timeouts simulator', () => {
  it('prints usage for --help', async () => {
    const { out, io } = buffers();
    expect(await runSimulatorCommand(['--help'], io)).toBe(0);
    expect(out.stdout).toContain('Usage: gc-timeouts simulator');
    expect(out.stdout).toContain('--faults SPEC');
  });

  it.each([
    [['--port', 'abc']],
    [['--port', '70000']],
    [['--seed', 'huge']],
    [['--faults', '418:1']],
    [['--version-mismatch', '412']],
    [['--rate-limit', '-1']],
    [['--unknown']],
    [['extra']],
    [['--client-secret', '']],
    [['--permissions', 'integrations.action.view']],
    [['--retry-after', 'maybe']],
    [['--missing-template', '410']],
    [['--patch-config', 'sideways']],
    [['--draft-zip', 'lose']],
    [['--profile', 'lenient']],
  ])('exits 2 on a usage error: %j', async (argv) => {
    const { out, io } = buffers();
    expect(await runSimulatorCommand(argv, io)).toBe(2);
    expect(out.stderr).toContain('--help');
    expect(out.stdout).toBe('');
  });

  it('maps flags to options', () => {
    expect(
      parseSimulatorArgs([
        '--port',
        '0',
        '--seed',
        'scale:10',
        '--latency-ms',
        '50',
        '--rate-limit',
        '0',
        '--faults',
        '503@5-7',
        '--client-id',
        'x',
        '--client-secret',
        'y',
        '--version-mismatch',
        '400',
        '--inline-templates',
        '--admin',
      ]),
    ).toEqual({
      port: 0,
      seed: 'scale:10',
      latencyMs: 50,
      rateLimitPerMinute: 0,
      faults: { schedule: [{ kind: '503', from: 5, to: 7 }] },
      clientId: 'x',
      clientSecret: 'y',
      versionMismatch: '400',
      inlineTemplates: true,
      admin: true,
    });
    expect(parseSimulatorArgs([])).toEqual({ port: 8787 });
  });

  it('maps the real-org knobs to options, and documents each in --help', async () => {
    const argv = [
      '--permissions',
      'integrations:action:view, integrations:action:edit',
      '--retry-after',
      'off',
      '--version-mismatch',
      '400-swagger',
      '--missing-template',
      'empty',
      '--patch-config',
      'merge',
      '--draft-zip',
      'drop',
      '--forbidden',
      'any',
      '--patch-shape',
      'strict',
      '--function-processing',
      '3',
      '--function-rate',
      '2',
      '--deprecated-runtime',
      'refuse',
      '--secure-dependencies',
      'secure-only',
      '--profile',
      'strict',
    ];
    expect(parseSimulatorArgs(argv)).toEqual({
      port: 8787,
      permissions: ['integrations:action:view', 'integrations:action:edit'],
      retryAfter: false,
      versionMismatch: '400-swagger',
      missingTemplate: 'empty',
      patchConfig: 'merge',
      draftZip: 'drop',
      forbidden: 'any',
      patchShape: 'strict',
      functionProcessing: 3,
      functionRatePerSecond: 2,
      deprecatedRuntime: 'refuse',
      secureDependencies: 'secure-only',
      profile: 'strict',
    });
    expect(parseSimulatorArgs(['--version-mismatch', 'rotate'])).toMatchObject({
      versionMismatch: 'rotate',
    });
    expect(() => parseSimulatorArgs(['--forbidden', 'nobody'])).toThrow(
      '--forbidden must be missing, any, unauthorized',
    );
    expect(parseSimulatorArgs(['--permissions', 'all'])).toMatchObject({ permissions: 'all' });
    expect(parseSimulatorArgs(['--permissions', ''])).toMatchObject({ permissions: [] });
    const { out, io } = buffers();
    await runSimulatorCommand(['--help'], io);
    for (let i = 0; i < argv.length; i += 2) expect(out.stdout).toContain(argv[i]);
    expect(out.stdout).toContain('--rate-limit N');
  });

  it('serves until stopped and tells how to point gc-timeouts at it', async () => {
    const { out, io } = buffers();
    let stop = () => {};
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const running = runSimulatorCommand(
      ['--port', '0', '--client-id', 'cli-id', '--client-secret', 'cli-secret'],
      io,
      stopped,
    );
    await expect.poll(() => out.stdout).toContain('Press Ctrl+C');
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out.stdout)?.[1];
    expect(url).toBeDefined();
    expect(out.stdout).toContain(`--api-base-url ${url}`);
    expect(out.stdout).toContain("GENESYSCLOUD_OAUTHCLIENT_ID='cli-id'");
    expect(out.stdout).toContain("GENESYSCLOUD_OAUTHCLIENT_SECRET='cli-secret'");
    const token = await fetch(`${url}/oauth/token`, {
      method: 'POST',
      headers: {
        Authorization: `Basic ${Buffer.from('cli-id:cli-secret').toString('base64')}`,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    });
    expect(token.status).toBe(200);
    stop();
    expect(await running).toBe(0);
    await expect(fetch(`${url}/oauth/token`)).rejects.toThrow();
  });

  it('exits 1 when the port is taken', async () => {
    const first = buffers();
    let stop = () => {};
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const running = runSimulatorCommand(['--port', '0'], first.io, stopped);
    await expect.poll(() => first.out.stdout).toContain('listening');
    const port = /127\.0\.0\.1:(\d+)/.exec(first.out.stdout)?.[1] as string;
    const second = buffers();
    expect(await runSimulatorCommand(['--port', port], second.io, Promise.resolve())).toBe(1);
    expect(second.out.stderr).toContain('cannot start');
    stop();
    await running;
  });
});
