/**
 * The headers every response carries, read from the build's dist/_headers so that
 * `npm start` and a static host send the same values.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseHeadersFile } from '../security/headers-file.ts';

export type HeaderSet = Record<string, string>;

export function loadSecurityHeaders(distDir: string): HeaderSet {
  const file = join(distDir, '_headers');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${file} is missing. Run "npm run build" first.`);
  }
  const headers = parseHeadersFile(text);
  if (!headers['Content-Security-Policy']) throw new Error(`${file} has no Content-Security-Policy under "/*".`);
  return headers;
}

/**
 * Sets the security headers; Strict-Transport-Security only over TLS: Node's own, or a proxy's
 * in front that the operator vouches for (WAYPOINT_TLS_AT_PROXY=true), since a plain-HTTP
 * request cannot tell that the browser used HTTPS.
 */
export function applySecurityHeaders(request: IncomingMessage, response: ServerResponse, headers: HeaderSet, tlsAtProxy = false): void {
  const tls = tlsAtProxy || ('encrypted' in request.socket && request.socket.encrypted === true);
  for (const [name, value] of Object.entries(headers)) {
    if (name === 'Strict-Transport-Security' && !tls) continue;
    response.setHeader(name, value);
  }
}
