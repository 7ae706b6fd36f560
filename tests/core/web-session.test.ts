import { afterEach, beforeEach, expect, it } from 'vitest';
import { createWebServer } from '../../electron/web/server';
import { tempDir, testPassword } from '../support/core';
import { clockedCore, type ClockedCore } from './security-support';

/**
 * Browser mode carries the session the way the renderer's httpTransport sends it: in the
 * `x-amends-session` header. Without it nothing but the public procedures answers.
 */
// Not testCore: its dispatch stands in its manager's session when a call carries none.
let core: ClockedCore;
let web: ReturnType<typeof createWebServer>;
let base: string;

beforeEach(async () => {
  core = await clockedCore();
  web = createWebServer(core, tempDir('amends-static-'));
  base = await web.listen();
});

afterEach(async () => {
  await web.close();
  core.close();
});

async function rpc(name: string, input: unknown, token?: string) {
  const response = await fetch(`${base}rpc/${name}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { 'x-amends-session': token } : {}),
    },
    body: JSON.stringify(input),
  });
  return (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string } };
}

it('signs in over HTTP and then answers as that account', async () => {
  const signedIn = await rpc('auth.signIn', { username: 'manager', password: testPassword });
  expect(signedIn).toMatchObject({ ok: true });
  const token = (signedIn.value as { token: string }).token;
  expect(await rpc('auth.status', {}, token)).toMatchObject({
    ok: true,
    value: { account: { username: 'manager' } },
  });
  expect(await rpc('people.list', {}, token)).toMatchObject({ ok: true });
});

it('refuses a call that carries no session', async () => {
  expect(await rpc('people.list', {})).toMatchObject({
    ok: false,
    error: { code: 'UNAUTHENTICATED' },
  });
});
