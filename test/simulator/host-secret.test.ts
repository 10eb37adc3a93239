import { expect, it } from 'vitest';
import { isLoopback, parseSimulatorArgs } from '../../simulator/command-args.js';
import { suggestedCommands } from '../../simulator/command.js';

it('refuses a non-loopback --host with the published demo secret, accepts it with a secret of your own', () => {
  expect(() => parseSimulatorArgs(['--host', '0.0.0.0'])).toThrow(/--client-secret/);
  expect(parseSimulatorArgs(['--host', '0.0.0.0', '--client-secret', 'mine'])).toMatchObject({
    host: '0.0.0.0',
    clientSecret: 'mine',
  });
  for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]'])
    expect(isLoopback(host), host).toBe(true);
  expect(parseSimulatorArgs(['--host', 'localhost'])).toMatchObject({ host: 'localhost' });
});

it('suggests full commands: a plan always names its manifest', () => {
  for (const seed of ['demo', 'scale:5000', 'empty']) {
    const plans = suggestedCommands('http://127.0.0.1:8787', seed).filter((c) =>
      c.includes(' plan '),
    );
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatch(
      /^ {2}npx gc-timeouts plan --manifest \S+ --api-base-url http:\/\/127\.0\.0\.1:8787$/,
    );
  }
});
