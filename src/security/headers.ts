/**
 * The security headers sent with every response, by the Node server and (through
 * dist/_headers) by any static host. One function builds them so both stay identical.
 */

export interface HeaderOptions {
  /** sha256 hashes ('sha256-…') of every inline script the built site contains. */
  scriptHashes: readonly string[];
  /** sha256 hashes of every inline <style> element (none unless a page has an island). */
  styleHashes?: readonly string[];
  /** Strict-Transport-Security only means something over TLS. */
  tls: boolean;
}

const sources = (hashes: readonly string[]) => ["'self'", ...[...hashes].sort().map((hash) => `'${hash}'`)].join(' ');

export function contentSecurityPolicy(scriptHashes: readonly string[], styleHashes: readonly string[] = []): string {
  return [
    "default-src 'self'",
    `script-src ${sources(scriptHashes)}`,
    `style-src ${sources(styleHashes)}`,
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
}

export function securityHeaders({ scriptHashes, styleHashes = [], tls }: HeaderOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Security-Policy': contentSecurityPolicy(scriptHashes, styleHashes),
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
  };
  if (tls) headers['Strict-Transport-Security'] = 'max-age=63072000; includeSubDomains';
  return headers;
}
