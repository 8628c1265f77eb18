/**
 * The Waypoint server's request handler: security headers on every response, /healthz,
 * "/" to the default locale, the form handler (POST /api/forms/<id>), the no-JavaScript
 * self-check and directory routes, and the built site from dist/.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { defaultLocale, isLocale } from '../i18n/locales.ts';
import { applySecurityHeaders, loadSecurityHeaders } from './response-headers.ts';
import { canonicalPath, resolveStatic, sendFile } from './static-files.ts';
import type { Logger } from './log.ts';
import { isResponsePath } from './forms/response-kinds.ts';
import { createSelfCheckRoute, isSelfCheckTemplate, selfCheckPath } from './self-check.ts';
import { isSameOrigin } from './forms/same-origin.ts';
import { directoryRedirect } from './directory-go.ts';
import type { QueueHealth } from './forms/delivery.ts';

export type FormRoute = (request: IncomingMessage, response: ServerResponse, formId: string) => Promise<void>;

export interface AppOptions {
  distDir: string;
  logger: Logger;
  /** The form handler, at POST /api/forms/<form-id>. */
  handleForm?: FormRoute;
  /** The site's public origin behind a proxy (WAYPOINT_PUBLIC_ORIGIN), for the same-origin check. */
  publicOrigin?: string | undefined;
  /** The outbox's length and oldest age for /healthz (counts only, never content). */
  queueHealth?: () => Promise<QueueHealth>;
  /** TLS is terminated by a proxy in front (WAYPOINT_TLS_AT_PROXY): send HSTS on every response. */
  tlsAtProxy?: boolean;
}

const formRoute = /^\/api\/forms\/([a-z0-9-]{1,60})\/?$/;

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => void;

function sendText(response: ServerResponse, status: number, type: string, body: string): void {
  response.statusCode = status;
  response.setHeader('Content-Type', type);
  response.setHeader('Content-Length', Buffer.byteLength(body));
  response.setHeader('Cache-Control', 'no-store');
  response.end(body);
}

function redirect(response: ServerResponse, status: number, location: string): void {
  response.statusCode = status;
  response.setHeader('Location', location);
  response.setHeader('Cache-Control', 'no-store');
  response.end();
}

export function createApp({ distDir, logger, handleForm, publicOrigin, queueHealth, tlsAtProxy = false }: AppOptions): RequestHandler {
  const securityHeaders = loadSecurityHeaders(distDir);
  const handleSelfCheck = createSelfCheckRoute(distDir);

  async function notFound(request: IncomingMessage, response: ServerResponse, pathname: string, headOnly: boolean): Promise<void> {
    const first = pathname.split('/')[1];
    const locale = isLocale(first) ? first : defaultLocale;
    const page = await resolveStatic(distDir, `/${locale}/404/`);
    if (page.kind === 'file') await sendFile(response, page, 404, headOnly, request);
    else sendText(response, 404, 'text/plain; charset=utf-8', 'Not found');
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    applySecurityHeaders(request, response, securityHeaders, tlsAtProxy);
    const url = new URL(request.url ?? '/', 'http://localhost');
    const method = request.method ?? 'GET';
    const headOnly = method === 'HEAD';

    const form = formRoute.exec(url.pathname);
    if (form && handleForm) {
      if (method === 'POST') return handleForm(request, response, form[1]!);
      request.resume();
      response.setHeader('Allow', 'POST');
      sendText(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
      return;
    }
    if (url.pathname === selfCheckPath) {
      if (method === 'POST') {
        // Only from a page on this site, as for the forms.
        if (!isSameOrigin(request, publicOrigin)) {
          request.resume();
          sendText(response, 403, 'text/plain; charset=utf-8', 'Forbidden');
          return;
        }
        return handleSelfCheck(request, response);
      }
      request.resume();
      response.setHeader('Allow', 'POST');
      sendText(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
      return;
    }
    if (method !== 'GET' && method !== 'HEAD') {
      request.resume();
      response.setHeader('Allow', 'GET, HEAD');
      sendText(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
      return;
    }
    if (url.pathname === '/healthz') {
      // A monitor can watch the queue: how many submissions wait, and how long the oldest has.
      const queue = queueHealth ? await queueHealth().catch(() => undefined) : undefined;
      const status = queueHealth && !queue ? 'spool_unreadable' : 'ok';
      sendText(
        response,
        status === 'ok' ? 200 : 503,
        'application/json; charset=utf-8',
        headOnly ? '' : JSON.stringify({ status, ...(queue ? { queue } : {}) }),
      );
      return;
    }
    if (url.pathname === '/') {
      redirect(response, 302, `/${defaultLocale}/`);
      return;
    }
    const browse = directoryRedirect(url);
    if (browse) {
      // Only to a page that exists: an unknown value goes back to the directory's front page.
      const exists = (await resolveStatic(distDir, browse)).kind === 'file';
      redirect(response, 303, exists ? browse : browse.replace(/directory\/.*$/, 'directory/'));
      return;
    }
    // The handler's response pages are templates: only the handler sends them, filled in.
    // Checked on the path as the file system will see it, so no spelling of it reaches a template.
    const canonical = canonicalPath(url.pathname);
    const template =
      canonical === undefined ||
      isResponsePath(canonical) ||
      isResponsePath(`${canonical}/`) ||
      isSelfCheckTemplate(canonical) ||
      isSelfCheckTemplate(`${canonical}/`);
    const result = template ? ({ kind: 'missing' } as const) : await resolveStatic(distDir, url.pathname);
    if (result.kind === 'redirect') redirect(response, 301, result.location + url.search);
    else if (result.kind === 'file') await sendFile(response, result, 200, headOnly, request);
    else await notFound(request, response, url.pathname, headOnly);
  }

  return (request, response) => {
    handle(request, response).catch((error: unknown) => {
      // The message names a file or code path, never request content.
      logger.error('request_failed', { error: error instanceof Error ? error.name : 'unknown' });
      if (!response.headersSent) sendText(response, 500, 'text/plain; charset=utf-8', 'Server error');
      else response.destroy();
    });
  };
}
