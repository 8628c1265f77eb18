/**
 * CSRF defence without cookies: a form post must come from a page on this site.
 * Browsers send Origin on every POST and Sec-Fetch-Site where supported; a post with
 * no Origin, or from another site, is refused.
 *
 * One exception, or no form would work without JavaScript: this site sends
 * "Referrer-Policy: no-referrer", and under it Chromium sends "Origin: null" on a plain
 * HTML form post, even to the same site. A null Origin is accepted only with
 * "Sec-Fetch-Site: same-origin", which browsers set themselves and pages cannot forge.
 */
import type { IncomingMessage } from 'node:http';

export function isSameOrigin(request: IncomingMessage, publicOrigin: string | undefined): boolean {
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite !== undefined && fetchSite !== 'same-origin') return false;
  const origin = request.headers.origin;
  if (origin === 'null') return fetchSite === 'same-origin';
  if (!origin) return false;
  if (publicOrigin) return origin === publicOrigin;
  const host = request.headers.host;
  if (!host) return false;
  const tls = 'encrypted' in request.socket && request.socket.encrypted === true;
  return origin === `${tls ? 'https' : 'http'}://${host}`;
}
