/**
 * Requests the handler must refuse, and how: bad input of every kind gets a clear,
 * translated 4xx and nothing is stored; random bodies never crash it or get a 2xx
 * unless they are valid; limits answer with a humane 429; keys fail closed; every
 * response carries the exact security headers.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { forms, honeypotField } from '../../src/forms/index.ts';
import { expectedCsp } from '../support/site.ts';
import { startInProcess, type InProcess } from './in-process.ts';
import { callbackAnswers, disclosureAnswers, makeKeys, post, tempDir, removeTempDirs } from './support.ts';

afterAll(removeTempDirs);

let server: InProcess;
beforeAll(async () => {
  server = await startInProcess();
});
afterAll(async () => {
  await server?.close();
});

const spooled = () => readdirSync(join(server.config.spoolDir, 'outbox')).length + server.smtp.received.length;
const postForm = (body: string | Buffer, options: Parameters<typeof post>[3] = {}, form = 'callback-request') =>
  post(server.base, `/api/forms/${form}`, body, options);
const json = (value: unknown) => JSON.stringify(value);

describe('bad input is refused with a clear, translated error and nothing is stored', () => {
  const cases: [string, () => Promise<Response>, number, string][] = [
    ['a body over 64 KiB', () => postForm(json({ ...callbackAnswers(), avoid: 'x'.repeat(70 * 1024) })), 413, 'tooLarge'],
    ['more than 40 fields', () => postForm(json({ ...callbackAnswers(), contactMethods: Array(41).fill('phone') })), 400, 'tooManyFields'],
    ['an unknown field', () => postForm(json({ ...callbackAnswers(), isAdmin: 'yes' })), 400, 'unknownField'],
    ['a line break in a one-line field (header injection)', () => postForm(json({ ...callbackAnswers(), name: 'Sam\r\nBcc: x@evil.test' })), 400, 'lineBreak'],
    ['the wrong content type', () => postForm(json(callbackAnswers()), { type: 'text/plain', headers: { accept: 'application/json' } }), 415, 'contentType'],
    ['malformed JSON', () => postForm('{"name": "Sam",'), 400, 'malformed'],
    ['JSON that is not an object', () => postForm('["name"]'), 400, 'malformed'],
    ['a field that is not text', () => postForm(json({ ...callbackAnswers(), name: { $gt: '' } })), 400, 'malformed'],
    ['invalid UTF-8', () => postForm(Buffer.from([0x7b, 0x22, 0x6e, 0xff, 0xfe, 0x22, 0x7d])), 400, 'malformed'],
    [
      'a broken percent-escape',
      () => postForm('name=Sam%2', { type: 'application/x-www-form-urlencoded', headers: { accept: 'application/json' } }),
      400,
      'malformed',
    ],
    [
      'a one-value field sent twice',
      () => postForm('name=Sam&name=Alex', { type: 'application/x-www-form-urlencoded', headers: { accept: 'application/json' } }),
      400,
      'notAList',
    ],
    ['an unknown form', () => post(server.base, '/api/forms/not-a-form', json(callbackAnswers())), 404, 'unknownForm'],
    ['no Origin header', () => postForm(json(callbackAnswers()), { origin: null }), 403, 'forbidden'],
    ['a cross-site Origin', () => postForm(json(callbackAnswers()), { origin: 'https://evil.test' }), 403, 'forbidden'],
    ['Sec-Fetch-Site: cross-site', () => postForm(json(callbackAnswers()), { headers: { 'sec-fetch-site': 'cross-site' } }), 403, 'forbidden'],
    ['Origin: null without Sec-Fetch-Site', () => postForm(json(callbackAnswers()), { origin: 'null' }), 403, 'forbidden'],
    [
      'Origin: null from another site',
      () => postForm(json(callbackAnswers()), { origin: 'null', headers: { 'sec-fetch-site': 'cross-site' } }),
      403,
      'forbidden',
    ],
  ];

  test.each(cases)('%s', async (_name, send, status, reason) => {
    const before = spooled();
    const response = await send();
    expect(response.status).toBe(status);
    const body = (await response.json()) as { status: string; reason: string; message: string };
    expect(body.reason).toBe(reason);
    expect(body.message.length).toBeGreaterThan(10);
    expect(spooled()).toBe(before);
  });

  test('a plain HTML form post under no-referrer (Origin: null, Sec-Fetch-Site: same-origin) is accepted', async () => {
    const body = new URLSearchParams(
      Object.entries(callbackAnswers()).flatMap(([name, value]) => (Array.isArray(value) ? value : [value]).map((item) => [name, item])),
    ).toString();
    const response = await postForm(body, {
      origin: 'null',
      type: 'application/x-www-form-urlencoded',
      headers: { accept: 'application/json', 'sec-fetch-site': 'same-origin' },
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { reference: string }).reference).toMatch(/^[A-Z0-9]{12}$/);
  });

  test('the error is in the language the form came from', async () => {
    const english = (await (await postForm(json({ ...callbackAnswers(), name: '', locale: 'en' }))).json()) as { errors: Record<string, { message: string }> };
    const welsh = (await (await postForm(json({ ...callbackAnswers(), name: '', locale: 'cy' }))).json()) as { errors: Record<string, { message: string }> };
    expect(english.errors.name!.message).toBe('Enter an answer. If you do not know, say so.');
    expect(welsh.errors.name!.message).not.toBe(english.errors.name!.message);
    expect(welsh.errors.name!.message.length).toBeGreaterThan(5);
  });

  test('validation errors are keyed by field, for both forms', async () => {
    const response = await postForm(
      json({ ...disclosureAnswers(), applicantDateOfBirth: '2019-01-01', children: 'yes', childrenAges: '' }),
      {},
      'disclosure-request',
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Record<string, { key: string }> };
    expect(body.errors.applicantDateOfBirth!.key).toBe('minAge');
    expect(body.errors.childrenAges!.key).toBe('required');
  });

  test('without JavaScript, errors come back as a page in the form’s language, with quick exit', async () => {
    const response = await postForm('name=&locale=ar', { type: 'application/x-www-form-urlencoded' });
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('id="qe"');
    expect(html).not.toContain('<!--waypoint:');
  });

  test('a filled honeypot keeps nothing, and answers without a fake reference, telling a person to phone if they do not hear back', async () => {
    // Its own server, so no other test's submission is in the outbox or on its way while this counts.
    const own = await startInProcess();
    try {
      const kept = () => readdirSync(join(own.config.spoolDir, 'outbox')).length + own.smtp.received.length;
      const response = await post(own.base, '/api/forms/callback-request', json({ ...callbackAnswers(), [honeypotField]: 'http://spam.test' }));
      expect(response.status).toBe(200);
      const body = (await response.json()) as { status: string; reference?: string; helplines?: unknown[] };
      expect(body.status).toBe('unconfirmed');
      expect(body.reference).toBeUndefined();
      expect(body.helplines).toHaveLength(4);
      // Without JavaScript, the page says the same in words, with the helplines.
      const form = new URLSearchParams({ ...(callbackAnswers() as Record<string, string>), [honeypotField]: 'x' });
      const page = await (await post(own.base, '/api/forms/callback-request', form.toString(), { type: 'application/x-www-form-urlencoded' })).text();
      expect(page).toContain('We could not confirm your request was sent');
      expect(page).not.toMatch(/class="reference"/);
      expect(page).toContain('href="tel:08082000247"');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(kept()).toBe(0);
    } finally {
      await own.close();
    }
  });
});

describe('random bodies', () => {
  const callback = forms['callback-request']!;
  const fieldName = fc.oneof(fc.constantFrom(...callback.fields, 'locale', honeypotField), fc.string({ maxLength: 12 }));
  const value = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom('phone', 'email', 'text', 'yes', 'no', 'unsure', '07700 900982', 'a@b.co'),
    fc.array(fc.constantFrom('phone', 'email', 'x'), { maxLength: 3 }),
    fc.integer(),
    fc.constant(null),
  );
  const body = fc.oneof(
    fc.dictionary(fieldName, value, { maxKeys: 14 }).map((fields) => ({ type: 'application/json', text: JSON.stringify(fields) })),
    fc.string({ maxLength: 300 }).map((text) => ({ type: 'application/json', text })),
    fc
      .array(fc.tuple(fieldName, fc.string({ maxLength: 30 })), { maxLength: 14 })
      .map((pairs) => ({ type: 'application/x-www-form-urlencoded', text: new URLSearchParams(pairs).toString() })),
    fc.string({ maxLength: 300 }).map((text) => ({ type: 'application/x-www-form-urlencoded', text })),
  );

  test('never crash the handler, and never get a 2xx unless the same schema accepts them', async () => {
    await fc.assert(
      fc.asyncProperty(body, async ({ type, text }) => {
        const response = await postForm(text, { type });
        expect(response.status).toBeLessThan(500);
        if (response.status < 300) {
          const parsed = type === 'application/json' ? (JSON.parse(text) as Record<string, unknown>) : Object.fromEntries(new URLSearchParams(text));
          const { locale: _locale, [honeypotField]: trap, ...answers } = parsed;
          if (!trap) await callback.schema.validate(answers, { abortEarly: false });
        }
      }),
      { numRuns: 300 },
    );
    const health = await fetch(`${server.base}/healthz`);
    expect(health.status).toBe(200);
  });
});

/** The exact headers every response must carry, whatever its status. */
function expectExactHeaders(response: Response): void {
  expect(response.headers.get('content-security-policy')).toBe(expectedCsp());
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('permissions-policy')).toBe('camera=(), microphone=(), geolocation=(), interest-cohort=()');
  expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
  expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin');
  expect(response.headers.get('x-frame-options')).toBe('DENY');
  expect(response.headers.get('strict-transport-security')).toBeNull();
  expect(response.headers.get('set-cookie')).toBeNull();
}

describe('every response carries the exact security headers', () => {
  test('200, 400, 403, 404, 413 and 415 (429 and 500 are checked below)', async () => {
    const responses = [
      await postForm(json(callbackAnswers())),
      await postForm(json({ name: '' })),
      await postForm(json(callbackAnswers()), { origin: 'https://evil.test' }),
      await post(server.base, '/api/forms/nope', '{}'),
      await postForm(json({ avoid: 'x'.repeat(70 * 1024) })),
      await postForm('x', { type: 'text/plain' }),
    ];
    expect(responses.map((response) => response.status)).toEqual([200, 400, 403, 404, 413, 415]);
    for (const response of responses) expectExactHeaders(response);
  });
});

describe('abuse limits', () => {
  test('the sixth post in 15 minutes gets a humane 429 page with the helplines, and nothing is kept', async () => {
    const limited = await startInProcess({ env: { WAYPOINT_LIMIT_SHORT: '5' } });
    try {
      for (let index = 0; index < 5; index += 1) {
        expect((await post(limited.base, '/api/forms/callback-request', json(callbackAnswers()))).status).toBe(200);
      }
      const body = new URLSearchParams(callbackAnswers() as Record<string, string>);
      const response = await post(limited.base, '/api/forms/callback-request', body.toString(), { type: 'application/x-www-form-urlencoded' });
      expect(response.status).toBe(429);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      expectExactHeaders(response);
      const html = await response.text();
      for (const number of ['08082000247', '08088010800', '08000271234', '08088021414']) expect(html).toContain(`href="tel:${number}"`);
      expect(limited.logs.join('')).not.toMatch(/127\.0\.0\.1/);
    } finally {
      await limited.close();
    }
  });

  test('the global ceiling holds across clients', async () => {
    const limited = await startInProcess({ env: { WAYPOINT_LIMIT_GLOBAL_PER_MINUTE: '3' } });
    try {
      const statuses = [];
      for (let index = 0; index < 4; index += 1) statuses.push((await post(limited.base, '/api/forms/callback-request', json(callbackAnswers()))).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      // The island's JSON answer carries the helplines itself.
      const busy = (await (await post(limited.base, '/api/forms/callback-request', json(callbackAnswers()))).json()) as {
        status: string;
        helplines: { number: string }[];
      };
      expect(busy.status).toBe('busy');
      expect(busy.helplines.map((helpline) => helpline.number)).toEqual(
        expect.arrayContaining(['0808 2000 247', '0808 80 10 800', '0800 027 1234', '0808 802 1414']),
      );
    } finally {
      await limited.close();
    }
  });
});

describe('abuse limits that cannot be turned against the people they protect', () => {
  const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });
  const send = (base: string, address: string, answers: Record<string, unknown> = callbackAnswers()) =>
    post(base, '/api/forms/callback-request', json(answers), from(address));

  test('a client refused by its own limit spends nothing of the site-wide budget', async () => {
    const limited = await startInProcess({
      env: { WAYPOINT_TRUSTED_PROXIES: '127.0.0.1', WAYPOINT_LIMIT_SHORT: '5', WAYPOINT_LIMIT_GLOBAL_PER_MINUTE: '8', WAYPOINT_LIMIT_ATTEMPTS: '200' },
    });
    try {
      const first = [];
      for (let index = 0; index < 30; index += 1) first.push((await send(limited.base, '203.0.113.1')).status);
      expect(first.filter((status) => status === 200)).toHaveLength(5);
      expect(first.slice(5).every((status) => status === 429)).toBe(true);
      // Another person still gets through: the 25 refused posts cost the site nothing.
      expect((await send(limited.base, '203.0.113.2')).status).toBe(200);
      expect((await send(limited.base, '203.0.113.3')).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  test('a person fixing their form is not locked out: only sent submissions count', async () => {
    const limited = await startInProcess({ env: { WAYPOINT_TRUSTED_PROXIES: '127.0.0.1', WAYPOINT_LIMIT_SHORT: '5' } });
    try {
      const { name: _name, ...missingName } = callbackAnswers();
      for (let index = 0; index < 6; index += 1) expect((await send(limited.base, '203.0.113.9', missingName)).status).toBe(400);
      expect((await send(limited.base, '203.0.113.9')).status).toBe(200);
      // …and the other form too.
      expect((await post(limited.base, '/api/forms/disclosure-request', json(disclosureAnswers()), from('203.0.113.9'))).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  test('a flood of invalid posts from one client is refused by its own, higher budget', async () => {
    const limited = await startInProcess({ env: { WAYPOINT_TRUSTED_PROXIES: '127.0.0.1', WAYPOINT_LIMIT_ATTEMPTS: '12' } });
    try {
      const statuses = [];
      for (let index = 0; index < 14; index += 1)
        statuses.push((await post(limited.base, '/api/forms/callback-request', json({ name: '' }), from('203.0.113.20'))).status);
      expect(statuses.slice(0, 12).every((status) => status === 400)).toBe(true);
      expect(statuses.slice(12)).toEqual([429, 429]);
      expect((await send(limited.base, '203.0.113.21')).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  test('X-Forwarded-For is believed only from a configured proxy, or up to the configured hop count', async () => {
    const untrusted = await startInProcess({ env: { WAYPOINT_LIMIT_SHORT: '2' } });
    try {
      // No proxy configured: the header is the client's own words, and everyone here is one client.
      expect((await send(untrusted.base, '203.0.113.30')).status).toBe(200);
      expect((await send(untrusted.base, '203.0.113.31')).status).toBe(200);
      expect((await send(untrusted.base, '203.0.113.32')).status).toBe(429);
    } finally {
      await untrusted.close();
    }
    const hops = await startInProcess({ env: { WAYPOINT_TRUSTED_PROXY_HOPS: '1', WAYPOINT_LIMIT_SHORT: '1' } });
    try {
      // One proxy in front: the address it appended (rightmost) is the client; anything before it is ignored.
      expect((await send(hops.base, '198.51.100.7, 203.0.113.40')).status).toBe(200);
      expect((await send(hops.base, '198.51.100.8, 203.0.113.40')).status).toBe(429);
      expect((await send(hops.base, '203.0.113.41')).status).toBe(200);
    } finally {
      await hops.close();
    }
  });
});

describe('keys fail closed', () => {
  const cases: [string, (dir: string, publicKeyFile: string) => Promise<string>][] = [
    ['a missing key file', async (dir) => join(dir, 'no-such-key.asc')],
    [
      'a file that is not a key',
      async (dir) => {
        const { writeFileSync } = await import('node:fs');
        writeFileSync(join(dir, 'junk.asc'), 'not a key');
        return join(dir, 'junk.asc');
      },
    ],
    [
      'an expired key',
      async (dir) => (await makeKeys(join(dir, 'old'), { date: new Date(Date.now() - 3 * 86_400_000), expiresInSeconds: 86_400 })).publicKeyFile,
    ],
  ];

  test.each(cases)('%s: a 500 page telling the person to phone, and nothing written', async (_name, makeFile) => {
    const dir = tempDir('key');
    const keyFile = await makeFile(dir, '');
    const broken = await startInProcess({ recipients: () => [{ form: 'callback-request', email: 'x@force.test', publicKeyFile: keyFile }] });
    try {
      const body = new URLSearchParams(callbackAnswers() as Record<string, string>);
      const response = await post(broken.base, '/api/forms/callback-request', body.toString(), { type: 'application/x-www-form-urlencoded' });
      expect(response.status).toBe(500);
      expectExactHeaders(response);
      const html = await response.text();
      expect(html).toContain('href="tel:08082000247"');
      expect(readdirSync(join(broken.config.spoolDir, 'outbox'))).toEqual([]);
      expect(readdirSync(join(broken.config.spoolDir, 'tmp'))).toEqual([]);
      expect(broken.logs.join('')).toContain('ALERT_key_unusable');
    } finally {
      await broken.close();
    }
  });
});
