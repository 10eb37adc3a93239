import { GcTimeoutsError } from '../util/errors.js';

/** Loopback hosts: the only ones plain HTTP may carry credentials to (the simulator, a local proxy). */
export function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * Refuses, before anything is sent, to put a credential (the Basic client secret, a bearer token)
 * on plain HTTP to another machine, where anyone on the path could read it.
 */
export function assertCredentialsSafe(url: string, what: string): void {
  const target = new URL(url);
  if (target.protocol === 'https:' || isLoopback(target.hostname)) return;
  throw new GcTimeoutsError(
    'usage',
    `refusing to send ${what} to ${target.protocol}//${target.host} over plain HTTP, which anyone ` +
      'on the network can read. Use an https:// URL (plain http is allowed only to this machine: ' +
      'localhost, 127.0.0.1, ::1)',
  );
}
