/**
 * The security headers sent with every response, by the Node server and (through
 * dist/_headers) by any static host. One function builds them so both stay identical.
 */

export interface HeaderOptions {
  /** sha256 hashes ('sha256-…') of every inline script the built site contains. */
  scriptHashes: readonly string[];
  /** Strict-Transport-Security only means something over TLS. */
  tls: boolean;
}

export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  const scripts = ["'self'", ...[...scriptHashes].sort().map((hash) => `'${hash}'`)].join(' ');
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
}

export function securityHeaders({ scriptHashes, tls }: HeaderOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Security-Policy': contentSecurityPolicy(scriptHashes),
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
