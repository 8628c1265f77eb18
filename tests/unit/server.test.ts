/**
 * The Node server against the built dist/, over real HTTP on loopback: headers on every
 * response (including redirects and errors), the health route, "/" to /en/, localised
 * 404s, and nothing outside dist/ or private to the host reachable.
 */
import { createServer, type Server } from 'node:http';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp } from '../../src/server/app.ts';
import { createLogger } from '../../src/server/log.ts';
import { distDir } from '../support/site.ts';

let server: Server;
let base: string;
const logLines: string[] = [];

beforeAll(async () => {
  server = createServer(createApp({ distDir, logger: createLogger((line) => logLines.push(line)) }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  base = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** A raw request, so paths like /../ reach the server unnormalised. */
function get(path: string, method = 'GET'): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${path}`, { method, path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function expectSecurityHeaders(headers: Record<string, string | string[] | undefined>) {
  expect(headers['content-security-policy']).toMatch(/^default-src 'self'; script-src 'self' 'sha256-/);
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(headers['cross-origin-resource-policy']).toBe('same-origin');
  expect(headers['permissions-policy']).toBe('camera=(), microphone=(), geolocation=(), interest-cohort=()');
  expect(headers['set-cookie']).toBeUndefined();
}

describe('routes', () => {
  test('/ redirects to the English home page without a cookie', async () => {
    const response = await get('/');
    expect(response.status).toBe(302);
    expect(response.headers.location).toBe('/en/');
    expectSecurityHeaders(response.headers);
  });

  test('/healthz answers ok', async () => {
    const response = await get('/healthz');
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ status: 'ok' });
    expectSecurityHeaders(response.headers);
  });

  test('pages are served as HTML with the headers; a path without its slash is redirected', async () => {
    const page = await get('/cy/privacy/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('<html lang="cy" dir="ltr">');
    expectSecurityHeaders(page.headers);
    const bare = await get('/cy/privacy?x=1');
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe('/cy/privacy/?x=1');
  });

  test('HEAD sends headers and no body', async () => {
    const response = await get('/en/', 'HEAD');
    expect(response.status).toBe(200);
    expect(Number(response.headers['content-length'])).toBeGreaterThan(1000);
    expect(response.body).toBe('');
  });

  test('unknown pages get the 404 page in the language of the URL', async () => {
    const arabic = await get('/ar/no-such-page/');
    expect(arabic.status).toBe(404);
    expect(arabic.body).toContain('<html lang="ar" dir="rtl">');
    expectSecurityHeaders(arabic.headers);
    const other = await get('/no-such-page');
    expect(other.status).toBe(404);
    expect(other.body).toContain('<html lang="en" dir="ltr">');
  });

  test('other methods are refused with Allow, and still carry the headers', async () => {
    const response = await get('/en/', 'DELETE');
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD');
    expectSecurityHeaders(response.headers);
  });

  test('hashed assets are cached for a year; pages are never stored', async () => {
    const home = await get('/en/');
    expect(home.headers['cache-control']).toBe('no-store');
    const stylesheet = /href="(\/_astro\/[^"]+\.css)"/.exec(home.body)?.[1];
    expect(stylesheet).toBeDefined();
    const css = await get(stylesheet!);
    expect(css.status).toBe(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });
});

describe('nothing outside the public site is reachable', () => {
  test.each(['/../package.json', '/%2e%2e/package.json', '/..%2f..%2fetc/passwd', '/_headers', '/_redirects', '/.astro/', '/en/%00', '/%E0%A4%A'])(
    '%s is not found',
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(response.body).not.toContain('"name": "waypoint"');
      expectSecurityHeaders(response.headers);
    },
  );
});

describe('the handler’s templates are served only by the handler, however the path is spelt', () => {
  test.each([
    '/en/forms/response/sent/',
    '/en/forms%2fresponse/sent/',
    '/en/forms%2Fresponse%2Fsent/',
    '/en/forms/response%2fsent/',
    '/en/./forms/response/sent/',
    '/en//forms/response/sent/',
    '/en/forms/x/../response/sent/',
    '/en/forms/response/sent',
    '/en/self-check%2fresult/',
    '/en%2fself-check/result/',
  ])('%s is not found', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('waypoint:reference');
    expect(response.body).not.toContain('waypoint:band');
  });
});

describe('redirects stay on this site', () => {
  test.each([
    ['/.//en', '/en/'],
    ['//en', '/en/'],
    ['/en//privacy', '/en/privacy/'],
    ['/./en/privacy', '/en/privacy/'],
  ])('%s → %s', async (path, location) => {
    const response = await get(path);
    expect([301, 302]).toContain(response.status);
    expect(response.headers.location).toBe(location);
  });
});

test('a symbolic link inside the served folder does not lead out of it', async () => {
  const { mkdtempSync, mkdirSync, symlinkSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { resolveStatic } = await import('../../src/server/static-files.ts');
  const root = mkdtempSync(join(tmpdir(), 'waypoint-symlink-'));
  try {
    const site = join(root, 'dist');
    mkdirSync(join(site, 'en', 'inside'), { recursive: true });
    writeFileSync(join(site, 'en', 'index.html'), 'public');
    writeFileSync(join(root, 'secret.txt'), 'private');
    mkdirSync(join(root, 'outside'));
    writeFileSync(join(root, 'outside', 'index.html'), 'private page');
    symlinkSync(join(root, 'secret.txt'), join(site, 'en', 'secret.txt'));
    symlinkSync(join(root, 'outside'), join(site, 'en', 'outside'));
    // A link that stays inside is still served.
    symlinkSync(join(site, 'en', 'index.html'), join(site, 'en', 'inside', 'index.html'));
    expect((await resolveStatic(site, '/en/')).kind).toBe('file');
    expect((await resolveStatic(site, '/en/inside/')).kind).toBe('file');
    for (const path of ['/en/secret.txt', '/en/outside/', '/en/outside', '/en/outside/index.html'])
      expect((await resolveStatic(site, path)).kind, path).toBe('missing');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

describe('pages served fast and private', () => {
  const fetchWith = (path: string, headers: Record<string, string>) => fetch(base + path, { headers });

  test('text is sent precompressed as the browser accepts it, brotli first, and says it varies', async () => {
    const plain = await fetchWith('/en/privacy/', { 'accept-encoding': 'identity' });
    const text = await plain.text();
    const brotli = await fetch(`${base}/en/privacy/`, { headers: { 'accept-encoding': 'gzip, br' } });
    expect(brotli.headers.get('content-encoding')).toBe('br');
    expect(brotli.headers.get('vary')).toBe('Accept-Encoding');
    expect(await brotli.text()).toBe(text);
    const gzip = await fetchWith('/en/privacy/', { 'accept-encoding': 'gzip, br;q=0' });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(await gzip.text()).toBe(text);
    expect(plain.headers.get('content-encoding')).toBeNull();
    // Smaller on the wire: the raw length of the compressed copy.
    const raw = await get('/en/privacy/');
    expect(Number(raw.headers['content-length'])).toBe(Buffer.byteLength(text));
  });

  test('pages are never stored on the device; other files revalidate with an ETag and a 304', async () => {
    expect((await fetchWith('/en/', {})).headers.get('cache-control')).toBe('no-store');
    expect((await fetchWith('/en/nowhere/', {})).headers.get('cache-control')).toBe('no-store');
    const areas = await fetchWith('/en/areas.json', { 'accept-encoding': 'br' });
    expect(areas.headers.get('cache-control')).toBe('no-cache');
    const etag = areas.headers.get('etag');
    expect(etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+-br"$/);
    const again = await fetchWith('/en/areas.json', { 'accept-encoding': 'br', 'if-none-match': etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect((await fetchWith('/en/areas.json', { 'accept-encoding': 'identity', 'if-none-match': etag! })).status).toBe(200);
  });
});

test('the server logs nothing about the people using it', async () => {
  await get('/en/privacy/');
  expect(logLines.join('')).not.toMatch(/127\.0\.0\.1|privacy|user-agent/i);
});

describe('the directory form without JavaScript', () => {
  test('goes to the browse page chosen, or back to the directory for anything else', async () => {
    const chosen = await get('/cy/directory/go/?to=need/refuge');
    expect(chosen.status).toBe(303);
    expect(chosen.headers.location).toBe('/cy/directory/need/refuge/');
    expectSecurityHeaders(chosen.headers);
    for (const to of ['need/not-a-need', '../../etc', 'need/refuge/../../x', '']) {
      const other = await get(`/en/directory/go/?to=${encodeURIComponent(to)}`);
      expect(other.status, to).toBe(303);
      expect(other.headers.location).toBe('/en/directory/');
    }
  });
});

describe('the self-check without JavaScript', () => {
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/api/self-check`, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base, ...headers } });

  test('scores the answers in the body and shows only the band that applies, cached nowhere, logged nowhere', async () => {
    logLines.length = 0;
    const response = await post('locale=cy&checking=often&children=once');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const html = await response.text();
    expect([...html.matchAll(/data-band="([a-z]+)"/g)].map((match) => match[1])).toEqual(['concerning']);
    expect(html).toContain('data-note="children"');
    expect(html).toContain('<html lang="cy"');
    expect(logLines).toEqual([]);
  });

  test('answers nothing to another site, and its template is not a page', async () => {
    expect((await post('checking=often', { origin: 'https://evil.test' })).status).toBe(403);
    expect((await get('/en/self-check/result/')).status).toBe(404);
    expect((await get('/api/self-check')).status).toBe(405);
  });
});
