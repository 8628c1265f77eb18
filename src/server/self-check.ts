/**
 * POST /api/self-check: the self-check without JavaScript. Scores the answers with the
 * same module as the page and answers with the built result page, showing the band that
 * applies. Nothing is stored and nothing is logged, not even that someone used it; the
 * answers arrive in the body, never in a URL.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseHTML } from 'linkedom';
import { defaultLocale, isLocale, locales } from '../i18n/locales.ts';
import { answersFrom, score, type Question } from '../self-check/score.ts';
import { readBody } from './forms/read-body.ts';
import { serverData } from './server-data.ts';

export const selfCheckPath = '/api/self-check';
/** The result pages are templates, served only filled in. */
export const isSelfCheckTemplate = (pathname: string) => /^\/[^/]+\/self-check\/result\/?/.test(pathname);

export function createSelfCheckRoute(distDir: string) {
  // Scoring depends only on which questions are serious: the English file is the reference for every
  // language. The build wrote them into dist/_server/data.json.
  const questions: Question[] = serverData(distDir).selfCheckQuestions.map((question) => ({
    id: question.id,
    serious: question.serious ?? false,
    children: question.children ?? false,
  }));
  const templates = new Map(locales.map(({ code }) => [code, readFileSync(join(distDir, code, 'self-check', 'result', 'index.html'), 'utf8')]));

  return async function handleSelfCheck(request: IncomingMessage, response: ServerResponse): Promise<void> {
    let body: Buffer;
    try {
      body = await readBody(request, 8 * 1024);
    } catch {
      response.statusCode = 413;
      response.setHeader('Connection', 'close');
      response.end();
      return;
    }
    const fields = Object.fromEntries(new URLSearchParams(body.toString('utf8')));
    const locale = isLocale(fields.locale) ? fields.locale : defaultLocale;
    const result = score(questions, answersFrom(questions, fields));
    const { document } = parseHTML(templates.get(locale)!);
    for (const band of document.querySelectorAll('[data-band]')) {
      if (band.getAttribute('data-band') === result.band) band.removeAttribute('hidden');
      else band.remove();
    }
    const note = document.querySelector('[data-note="children"]');
    if (note && result.children) note.removeAttribute('hidden');
    else note?.remove();
    response.statusCode = 200;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    // The result says something about the person: no cache may keep it.
    response.setHeader('Cache-Control', 'no-store');
    response.end(document.toString());
  };
}
