/** `npm run keys:check` as an operator runs it: passes a good config, names each problem in a bad one. */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, afterAll } from 'vitest';
import { makeKeys, root, tempDir, writeRecipients, removeTempDirs } from './support.ts';

afterAll(removeTempDirs);

function keysCheck(recipientsFile: string) {
  const result = spawnSync(join(root, 'node_modules', '.bin', 'node'), ['scripts/keys-check.ts'], {
    cwd: root,
    env: { ...process.env, WAYPOINT_RECIPIENTS: recipientsFile },
    encoding: 'utf8',
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

test('a good configuration passes and lists each key', async () => {
  const dir = tempDir('keys-ok');
  const keys = await makeKeys(join(dir, 'keys'));
  const file = writeRecipients(dir, [
    { form: 'disclosure-request', force: 'west-midlands', email: 'dvds@wmp.test', publicKeyFile: keys.publicKeyFile },
    { form: 'callback-request', email: 'cb@partner.test', publicKeyFile: keys.publicKeyFile },
  ]);
  const { status, output } = keysCheck(file);
  expect(output).toMatch(/✓ disclosure-request \/ west-midlands → dvds@wmp\.test: key [0-9A-F]{40} \(no expiry\)/);
  expect(status).toBe(0);
});

test('missing, expired and junk keys, unknown forms and unserved forms each fail by name', async () => {
  const dir = tempDir('keys-bad');
  const expired = await makeKeys(join(dir, 'old'), { date: new Date(Date.now() - 3 * 86_400_000), expiresInSeconds: 86_400 });
  writeFileSync(join(dir, 'junk.asc'), 'not a key');
  const file = writeRecipients(dir, [
    { form: 'disclosure-request', force: 'a', email: 'a@force.test', publicKeyFile: expired.publicKeyFile },
    { form: 'disclosure-request', force: 'b', email: 'b@force.test', publicKeyFile: 'missing.asc' },
    { form: 'disclosure-request', force: 'c', email: 'c@force.test', publicKeyFile: 'junk.asc' },
    { form: 'no-such-form', email: 'd@force.test', publicKeyFile: 'junk.asc' },
  ]);
  const { status, output } = keysCheck(file);
  expect(status).toBe(1);
  expect(output).toMatch(/✗ disclosure-request \/ a → a@force\.test: .*no valid encryption key/);
  expect(output).toMatch(/✗ disclosure-request \/ b → b@force\.test: cannot read public key file/);
  expect(output).toMatch(/✗ disclosure-request \/ c → c@force\.test: .*is not an OpenPGP public key/);
  expect(output).toMatch(/✗ no-such-form .*no form called/);
  expect(output).toMatch(/✗ callback-request: nobody receives this form/);
});

test('an invalid config file is refused with the reason', () => {
  const dir = tempDir('keys-invalid');
  const file = join(dir, 'recipients.json');
  writeFileSync(file, JSON.stringify({ recipients: [{ form: 'callback-request', email: 'not-an-email', publicKeyFile: 'x.asc' }] }));
  const { status, output } = keysCheck(file);
  expect(status).toBe(1);
  expect(output).toContain('"email" must be an email address');
});
