import { expect, test } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from '../../src/security/headers.ts';
import { formatHeadersFile, parseHeadersFile } from '../../src/security/headers-file.ts';
import { hasStyleAttribute, inlineScriptHashes, inlineStyleHashes, sha256 } from '../../src/security/inline-scripts.ts';
import { applySecurityHeaders } from '../../src/server/response-headers.ts';
import type { IncomingMessage, ServerResponse } from 'node:http';

test('the CSP allows inline scripts only by hash, never unsafe-inline', () => {
  const csp = contentSecurityPolicy(['sha256-b', 'sha256-a']);
  expect(csp).toBe(
    "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self'; img-src 'self'; font-src 'self'; " +
      "connect-src 'self'; object-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  );
  expect(csp).not.toContain('unsafe');
});

test('HSTS is only in the header set for TLS', () => {
  expect(securityHeaders({ scriptHashes: [], tls: true })['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains');
  expect(securityHeaders({ scriptHashes: [], tls: false })['Strict-Transport-Security']).toBeUndefined();
});

test('the _headers file round-trips, and only "/*" headers apply to everything', () => {
  const headers = securityHeaders({ scriptHashes: ['sha256-x'], tls: true });
  const text = formatHeadersFile(headers, '/_astro/*');
  expect(parseHeadersFile(text)).toEqual(headers);
  expect(text).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
});

test('inline scripts and <style> elements are hashed, external ones are not; style attributes are found', () => {
  const html = '<script>a()</script><script src="/x.js"></script><script type="module">b()</script><style>p{}</style>';
  expect(inlineScriptHashes(html)).toEqual([sha256('a()'), sha256('b()')]);
  expect(inlineStyleHashes(html)).toEqual([sha256('p{}')]);
  expect(sha256('a()')).toMatch(/^sha256-[A-Za-z0-9+/]+=*$/);
  expect(hasStyleAttribute('<p style="color:red">')).toBe(true);
  expect(hasStyleAttribute('<style>p{}</style>')).toBe(false);
  expect(hasStyleAttribute('<link rel="stylesheet" href="/a.css"><p class="x">')).toBe(false);
});

test('style hashes go into style-src', () => {
  expect(contentSecurityPolicy([], ['sha256-s'])).toContain("style-src 'self' 'sha256-s';");
});

test('the server adds HSTS over TLS only', () => {
  const headers = securityHeaders({ scriptHashes: [], tls: true });
  const sent = (encrypted: boolean, tlsAtProxy = false) => {
    const set: Record<string, string> = {};
    const response = { setHeader: (name: string, value: string) => (set[name] = value) } as unknown as ServerResponse;
    applySecurityHeaders({ socket: encrypted ? { encrypted: true } : {} } as unknown as IncomingMessage, response, headers, tlsAtProxy);
    return set;
  };
  expect(sent(true)['Strict-Transport-Security']).toBeDefined();
  expect(sent(false)['Strict-Transport-Security']).toBeUndefined();
  // Behind a proxy that ends TLS, the operator says so and every response carries HSTS.
  expect(sent(false, true)['Strict-Transport-Security']).toBe(headers['Strict-Transport-Security']);
  expect(sent(false)['Referrer-Policy']).toBe('no-referrer');
});
