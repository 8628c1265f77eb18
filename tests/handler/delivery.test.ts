/**
 * The handler as a real process against a real SMTP server on loopback: what is sent
 * arrives encrypted and decrypts (with openpgp.js and with GnuPG) to exactly what was
 * typed; nothing readable is left anywhere; and through every fault nothing is lost, and a
 * copy that may be a duplicate is identical and marked.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test, afterAll } from 'vitest';
import { decrypt, readMessage, readPrivateKey } from 'openpgp';
import {
  callbackAnswers,
  disclosureAnswers,
  makeKeys,
  post,
  startHandler,
  tempDir,
  TestSmtp,
  waitFor,
  writeRecipients,
  type HandlerProcess,
  type RecipientKeys,
  removeTempDirs,
} from './support.ts';

afterAll(removeTempDirs);

const running: { stop(): Promise<void> }[] = [];
afterEach(async () => {
  for (const item of running.splice(0)) await item.stop();
});

interface Setup {
  dir: string;
  spoolDir: string;
  keys: RecipientKeys;
  smtp: TestSmtp;
  env: Record<string, string>;
  start(): Promise<HandlerProcess>;
}

async function setup(name: string): Promise<Setup> {
  const dir = tempDir(name);
  const keys = await makeKeys(join(dir, 'keys'));
  const recipients = writeRecipients(dir, [
    { form: 'disclosure-request', force: 'west-midlands', email: 'dvds@west-midlands.test', publicKeyFile: keys.publicKeyFile },
    { form: 'callback-request', email: 'callback@partner.test', publicKeyFile: keys.publicKeyFile },
  ]);
  const smtp = await new TestSmtp().start();
  running.push(smtp);
  const spoolDir = join(dir, 'spool');
  mkdirSync(join(dir, 'tmp'), { recursive: true });
  const env = {
    WAYPOINT_RECIPIENTS: recipients,
    WAYPOINT_SPOOL_DIR: spoolDir,
    WAYPOINT_DEMO_DIR: join(dir, 'demo'),
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_REQUIRE_TLS: 'false',
    SMTP_FROM: 'Waypoint test <forms@waypoint.test>',
    WAYPOINT_RETRY_BASE_MS: '150',
    WAYPOINT_RETRY_MAX_MS: '600',
    WAYPOINT_DELIVERY_POLL_MS: '100',
    WAYPOINT_LIMIT_SHORT: '1000',
    WAYPOINT_LIMIT_DAILY: '1000',
    WAYPOINT_LIMIT_GLOBAL_PER_MINUTE: '10000',
    WAYPOINT_LIMIT_ATTEMPTS: '10000',
    TMPDIR: join(dir, 'tmp'),
  };
  const start = async () => {
    const handler = await startHandler(env);
    running.push({ stop: () => handler.kill() });
    return handler;
  };
  return { dir, spoolDir, keys, smtp, env, start };
}

async function decryptWithOpenpgp(armored: string, privateKey: string): Promise<Record<string, unknown>> {
  const { data } = await decrypt({ message: await readMessage({ armoredMessage: armored }), decryptionKeys: await readPrivateKey({ armoredKey: privateKey }) });
  return JSON.parse(data as string) as Record<string, unknown>;
}

function decryptWithGpg(armored: string, privateKey: string, dir: string): Record<string, unknown> {
  const home = join(dir, 'gnupg');
  mkdirSync(home, { recursive: true, mode: 0o700 });
  const env = { ...process.env, GNUPGHOME: home };
  execFileSync('gpg', ['--batch', '--import'], { input: privateKey, env, stdio: ['pipe', 'ignore', 'ignore'] });
  const plain = execFileSync('gpg', ['--batch', '--quiet', '--decrypt'], { input: armored, env, stdio: ['pipe', 'pipe', 'ignore'] });
  return JSON.parse(plain.toString('utf8')) as Record<string, unknown>;
}

const outboxCount = (spoolDir: string) => readdirSync(join(spoolDir, 'outbox')).filter((name) => !name.endsWith('.state.json')).length;

describe('round trip', () => {
  test('a disclosure request arrives as one PGP message that openpgp.js and GnuPG decrypt to what was sent', async () => {
    const { keys, smtp, start, dir, spoolDir } = await setup('roundtrip');
    const handler = await start();
    const answers = disclosureAnswers();
    const response = await post(handler.url, '/api/forms/disclosure-request', JSON.stringify(answers));
    expect(response.status).toBe(200);
    const { reference } = (await response.json()) as { reference: string };
    expect(reference).toMatch(/^[23456789ABCDEFGHJKMNPQRSTWXYZ]{12}$/);

    const mail = await waitFor(() => smtp.received[0], 15_000, 'delivery');
    expect(mail.to).toBe('dvds@west-midlands.test');
    expect(mail.subject).not.toMatch(/Khan|Amira|Mark/);
    expect(mail.text.startsWith('-----BEGIN PGP MESSAGE-----')).toBe(true);

    const { locale, ...expected } = answers;
    for (const decrypted of [await decryptWithOpenpgp(mail.text, keys.privateKey), decryptWithGpg(mail.text, keys.privateKey, dir)]) {
      expect(decrypted.form).toBe('disclosure-request');
      expect(decrypted.force).toBe('west-midlands');
      expect(decrypted.reference).toBe(reference);
      expect(decrypted.locale).toBe(locale);
      expect(decrypted.answers).toMatchObject(expected);
      expect(Date.parse(decrypted.submittedAt as string)).toBeGreaterThan(Date.now() - 60_000);
    }
    await waitFor(() => outboxCount(spoolDir) === 0, 5_000, 'outbox to empty');
    expect(smtp.received).toHaveLength(1);
  });

  test('a form posted without JavaScript (urlencoded) gets the "sent" page with its reference', async () => {
    const { smtp, start, keys } = await setup('urlencoded');
    const handler = await start();
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries(callbackAnswers())) for (const one of [value].flat()) body.append(name, one);
    body.set('locale', 'cy');
    const response = await post(handler.url, '/api/forms/callback-request', body.toString(), { type: 'application/x-www-form-urlencoded' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const html = await response.text();
    expect(html).toContain('<html lang="cy" dir="ltr">');
    expect(html).toMatch(/<strong class="reference" dir="ltr">[23456789A-Z]{12}<\/strong>/);
    expect(html).toContain('id="qe"');
    const mail = await waitFor(() => smtp.received[0], 15_000, 'delivery');
    // The recipient is told the page's language: an empty "which language" means Welsh here.
    const sent = (await decryptWithOpenpgp(mail.text, keys.privateKey)) as { locale: string; pageLanguage: string };
    expect(sent).toMatchObject({ locale: 'cy', pageLanguage: 'Welsh' });
  });
});

describe('only the questions a person could see are sent', () => {
  test('without JavaScript, answers to hidden questions (the person at risk, when asking about yourself; children’s ages, after "no") are not sent', async () => {
    const { smtp, start, keys } = await setup('hidden-answers');
    const handler = await start();
    const body = new URLSearchParams();
    const answers = { ...disclosureAnswers(), askingFor: 'me', children: 'no' };
    for (const [name, value] of Object.entries(answers)) for (const one of [value].flat()) body.append(name, one);
    const response = await post(handler.url, '/api/forms/disclosure-request', body.toString(), { type: 'application/x-www-form-urlencoded' });
    expect(response.status).toBe(200);
    const mail = await waitFor(() => smtp.received[0], 15_000, 'delivery');
    const sent = (await decryptWithOpenpgp(mail.text, keys.privateKey)) as { answers: Record<string, unknown> };
    for (const hidden of ['atRiskName', 'atRiskRelationship', 'atRiskAware', 'childrenAges']) expect(sent.answers, hidden).not.toHaveProperty(hidden);
    expect(JSON.stringify(sent)).not.toMatch(/Leila|sister|4 and 7/);
    expect(sent.answers.concernName).toBe('Mark Example');
  });
});

describe('nothing readable is left anywhere', () => {
  test('a canary typed into every kind of field never appears in clear in the spool, dead letters, logs, temp files or output', async () => {
    const { smtp, start, spoolDir, dir } = await setup('canary');
    const handler = await start();
    const canary = `CANARY${Math.random().toString(36).slice(2, 12).toUpperCase()}`;
    // One delivered, one refused for good (dead letter), one still retrying when we look.
    const answers = { ...callbackAnswers(canary), safeWord: canary, avoid: `${canary} do not call at work`, safeTimes: canary };
    expect((await post(handler.url, '/api/forms/callback-request', JSON.stringify(answers))).status).toBe(200);
    await waitFor(() => smtp.received.length === 1, 15_000, 'first delivery');
    smtp.mode = 'permfail';
    expect((await post(handler.url, '/api/forms/callback-request', JSON.stringify(answers))).status).toBe(200);
    await waitFor(() => readdirSync(join(spoolDir, 'dead')).length > 0, 15_000, 'dead letter');
    smtp.mode = 'tempfail';
    expect((await post(handler.url, '/api/forms/callback-request', JSON.stringify(answers))).status).toBe(200);
    await waitFor(() => readdirSync(join(spoolDir, 'outbox')).some((name) => name.endsWith('.state.json')), 15_000, 'a retry');
    // Invalid and refused posts must not echo it into logs either.
    await post(handler.url, '/api/forms/callback-request', JSON.stringify({ name: `${canary}\n`, locale: 'en' }));
    await post(handler.url, '/api/forms/callback-request', JSON.stringify({ [canary]: canary }));
    await handler.kill();

    const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(files.some((entry) => entry.parentPath.endsWith('dead'))).toBe(true);
    for (const entry of files) {
      const path = join(entry.parentPath, entry.name);
      expect(readFileSync(path, 'utf8').includes(canary), path).toBe(false);
    }
    expect(handler.output()).toContain('ALERT_delivery_refused');
    expect(handler.output().includes(canary)).toBe(false);
    // The message that did arrive carries it only inside the ciphertext.
    expect(smtp.received[0]!.raw.includes(canary)).toBe(false);
  });
});

describe('faults: nothing lost; delivered at least once, and duplicates marked', () => {
  test('SMTP down when the form is sent, up later: delivered once', async () => {
    const { smtp, start, spoolDir } = await setup('smtp-down');
    const port = smtp.port;
    await smtp.stop();
    const handler = await start();
    expect((await post(handler.url, '/api/forms/callback-request', JSON.stringify(callbackAnswers()))).status).toBe(200);
    await waitFor(() => handler.output().includes('delivery_retry'), 10_000, 'a failed attempt, to be retried');
    await smtp.start(port);
    await waitFor(() => smtp.received.length === 1, 15_000, 'delivery after SMTP came back');
    // Once the outbox is empty nothing is left that could be sent again.
    await waitFor(() => outboxCount(spoolDir) === 0, 5_000, 'outbox to empty');
    expect(smtp.received).toHaveLength(1);
  });

  test('451 temporary errors are retried with backoff until accepted, once', async () => {
    const { smtp, start, spoolDir } = await setup('tempfail');
    smtp.mode = 'tempfail';
    const handler = await start();
    expect((await post(handler.url, '/api/forms/callback-request', JSON.stringify(callbackAnswers()))).status).toBe(200);
    await waitFor(() => smtp.attempts >= 3, 15_000, 'three attempts');
    smtp.mode = 'accept';
    await waitFor(() => smtp.received.length === 1, 15_000, 'delivery');
    await waitFor(() => outboxCount(spoolDir) === 0, 5_000, 'outbox to empty');
    expect(smtp.received).toHaveLength(1);
    expect(handler.output()).toMatch(/"event":"delivery_retry"[^\n]*"code":"451"/);
  });

  test('a 550 permanent refusal goes to the dead-letter folder with an operator alert, and is not retried', async () => {
    const { smtp, start, spoolDir } = await setup('permfail');
    smtp.mode = 'permfail';
    const handler = await start();
    expect((await post(handler.url, '/api/forms/callback-request', JSON.stringify(callbackAnswers()))).status).toBe(200);
    await waitFor(() => readdirSync(join(spoolDir, 'dead')).filter((name) => !name.endsWith('.state.json')).length === 1, 15_000, 'dead letter');
    // In dead/, not the outbox: the delivery loop reads only the outbox, so it can never be tried again.
    expect(outboxCount(spoolDir)).toBe(0);
    expect(smtp.attempts).toBe(1);
    expect(handler.output()).toMatch(/"level":"error","event":"ALERT_delivery_refused"[^\n]*"code":"550"/);
    const dead = readdirSync(join(spoolDir, 'dead')).find((name) => !name.endsWith('.state.json'))!;
    expect(readFileSync(join(spoolDir, 'dead', dead), 'utf8')).toContain('BEGIN PGP MESSAGE');
  });

  test('a connection dropped in the middle of DATA is retried and delivered once', async () => {
    const { smtp, start, spoolDir } = await setup('drop');
    smtp.mode = 'drop-mid-data';
    const handler = await start();
    expect((await post(handler.url, '/api/forms/callback-request', JSON.stringify(callbackAnswers()))).status).toBe(200);
    await waitFor(() => smtp.received.length === 1, 15_000, 'delivery after the drop');
    await waitFor(() => outboxCount(spoolDir) === 0, 5_000, 'outbox to empty');
    expect(smtp.received).toHaveLength(1);
    expect(smtp.attempts).toBe(2);
  });

  test('the handler killed (SIGKILL) right after answering 200 delivers on restart, once', async () => {
    const { smtp, start, spoolDir } = await setup('sigkill');
    const port = smtp.port;
    await smtp.stop();
    const first = await start();
    const answers = callbackAnswers();
    const responses = await Promise.all([1, 2, 3].map(() => post(first.url, '/api/forms/callback-request', JSON.stringify(answers))));
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200]);
    await first.kill('SIGKILL');
    expect(outboxCount(spoolDir)).toBe(3);
    await smtp.start(port);
    await start();
    await waitFor(() => smtp.received.length === 3, 15_000, 'all three delivered after restart');
    await waitFor(() => outboxCount(spoolDir) === 0, 5_000, 'outbox to empty');
    expect(new Set(smtp.received.map((mail) => mail.messageId)).size).toBe(3);
    expect(smtp.received).toHaveLength(3);
  });

  // Exactly once is impossible across SMTP: the mail server may accept a message in the instant
  // before the process dies. The promise is at least once, with every copy identical and under
  // the same Message-ID, and a copy sent again after an unknown outcome says so in a header.
  test('killed while the mail server is accepting: delivered at least once, identical copies, same Message-ID, the resend marked', async () => {
    const { smtp, start, spoolDir } = await setup('kill-during-accept');
    smtp.mode = 'slow-accept';
    smtp.acceptDelayMs = 3000;
    const first = await start();
    expect((await post(first.url, '/api/forms/callback-request', JSON.stringify(callbackAnswers()))).status).toBe(200);
    await waitFor(() => smtp.received.length === 1, 15_000, 'the message to reach the mail server');
    await first.kill('SIGKILL');
    smtp.mode = 'accept';
    await start();
    await waitFor(() => smtp.received.length >= 2, 15_000, 'the copy sent after restart');
    await waitFor(() => outboxCount(spoolDir) === 0, 5_000, 'outbox to empty');
    const [original, resent] = smtp.received;
    expect(resent!.messageId).toBe(original!.messageId);
    expect(resent!.text).toBe(original!.text);
    expect(original!.raw).not.toMatch(/X-Waypoint-Resent/i);
    expect(resent!.raw).toMatch(/^X-Waypoint-Resent: possible-duplicate/im);
  });

  test('while mail cannot be delivered, an operator is alerted and /healthz shows the queue (counts, no content)', async () => {
    const { smtp, start, env } = await setup('relay-down');
    await smtp.stop();
    env.WAYPOINT_ALERT_QUEUE_AGE_MS = '300';
    env.WAYPOINT_ALERT_EVERY_MS = '60000';
    const handler = await start();
    expect((await post(handler.url, '/api/forms/callback-request', JSON.stringify(callbackAnswers('Canary Person')))).status).toBe(200);
    await waitFor(() => /ALERT_delivery_delayed/.test(handler.output()), 10_000, 'the delay alert');
    expect(handler.output()).toMatch(/"level":"error","event":"ALERT_delivery_delayed"[^\n]*"queued":1/);
    // Once per alertEveryMs, not on every pass: let three more delivery passes fail, then count.
    const retries = () => handler.output().match(/"event":"delivery_retry"/g)?.length ?? 0;
    const seen = retries();
    await waitFor(() => retries() >= seen + 3, 10_000, 'three more delivery passes');
    expect(handler.output().match(/ALERT_delivery_delayed/g)).toHaveLength(1);
    const health = (await (await fetch(`${handler.url}/healthz`)).json()) as { status: string; queue: { queued: number; oldestAgeSeconds: number } };
    expect(health.status).toBe('ok');
    expect(health.queue.queued).toBe(1);
    expect(health.queue.oldestAgeSeconds).toBeGreaterThanOrEqual(0);
    expect(JSON.stringify(health)).not.toMatch(/Canary|callback@/);
  });

  test('an unwritable spool: the person is told it failed, never a false 200', async () => {
    const { start, spoolDir, smtp } = await setup('unwritable');
    const handler = await start();
    // Replace the outbox folder with a file: every write into it now fails.
    rmSync(join(spoolDir, 'outbox'), { recursive: true });
    writeFileSync(join(spoolDir, 'outbox'), '');
    const json = await post(handler.url, '/api/forms/callback-request', JSON.stringify(callbackAnswers()));
    expect(json.status).toBe(500);
    expect(((await json.json()) as { status: string }).status).toBe('failed');
    expect(handler.output()).toContain('ALERT_spool_write_failed');
    expect(smtp.received).toHaveLength(0);
  });

  test('a full disk: the person is told it failed and sees the helpline numbers', async () => {
    const { env, spoolDir, smtp } = await setup('disk-full');
    mkdirSync(spoolDir, { recursive: true });
    // A 64 KiB filesystem for the spool, filled up once the handler has started.
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', spoolDir]);
    try {
      const handler = await startHandler(env);
      try {
        const filler = join(spoolDir, 'filler');
        try {
          writeFileSync(filler, Buffer.alloc(128 * 1024));
        } catch {
          // ENOSPC once the filesystem is full: that is the point.
        }
        expect(statSync(filler).size).toBeGreaterThan(0);
        const body = new URLSearchParams(callbackAnswers() as Record<string, string>);
        body.set('contactMethods', 'phone');
        const response = await post(handler.url, '/api/forms/callback-request', body.toString(), { type: 'application/x-www-form-urlencoded' });
        expect(response.status).toBe(500);
        const html = await response.text();
        expect(html).toContain('href="tel:08082000247"');
        expect(handler.output()).toMatch(/ALERT_spool_write_failed[^\n]*"code":"ENOSPC"/);
        expect(smtp.received).toHaveLength(0);
      } finally {
        await handler.kill();
      }
    } finally {
      execFileSync('umount', [spoolDir]);
    }
  });
});

test('gpg is available for the decrypt-compatibility check', () => {
  expect(existsSync('/usr/bin/gpg')).toBe(true);
});
