/**
 * Answers to form posts. JSON clients (the Formik island) get JSON; plain HTML form posts
 * get the built response pages from dist/, filled in at their markers, in the form's language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { locales } from '../../i18n/locales.ts';
import { escapeHtml } from '../../i18n/format.ts';
import type { Translate } from '../../i18n/translator.ts';
import type { KeysUnder } from '../../i18n/keys.ts';
import type { FormReply } from '../../forms/shared/reply.ts';
import type { FieldError } from '../../forms/shared/messages.ts';
import { responseKinds, responsePath, type ResponseKind } from './response-kinds.ts';
import { refillForm } from './refill.ts';
import { serverData } from '../server-data.ts';
import { formLayouts } from '../../forms/index.ts';

export type Templates = Map<string, string>;

export function loadTemplates(distDir: string): Templates {
  const templates: Templates = new Map();
  for (const { code } of locales) {
    for (const kind of responseKinds) {
      templates.set(`${code}/${kind}`, readFileSync(join(distDir, responsePath(code, kind), 'index.html'), 'utf8'));
    }
    // The form pages themselves, for answering a no-JavaScript post with its errors.
    for (const form of Object.keys(formLayouts)) templates.set(`${code}/form/${form}`, readFileSync(join(distDir, code, 'forms', form, 'index.html'), 'utf8'));
  }
  return templates;
}

export interface Reply {
  status: number;
  kind: ResponseKind;
  reference?: string;
  errors?: FieldError[];
  reason?: KeysUnder<'forms', 'response.rejected.reason'>;
  retryAfterSeconds?: number;
  /** For "invalid": the form and what was typed, so an HTML post gets its form back, filled in. */
  form?: string;
  answers?: Record<string, unknown>;
}

export interface Responder {
  send(response: ServerResponse, reply: Reply, locale: string, json: boolean): void;
}

/** The national helplines (content/helplines.yaml), which a JSON answer that cannot help carries itself. */
export interface HelplineNumber {
  name: string;
  number: string;
}

export function loadHelplines(distDir: string): HelplineNumber[] {
  return serverData(distDir).helplines.map(({ name, number }) => ({ name, number }));
}

const withHelplines = new Set<ResponseKind>(['busy', 'failed', 'unconfirmed']);

export function createResponder(
  templates: Templates,
  translate: Map<string, Translate<'forms'>>,
  defaultLocale: string,
  helplines: HelplineNumber[] = [],
): Responder {
  return {
    send(response, reply, locale, json) {
      const t = translate.get(locale) ?? translate.get(defaultLocale)!;
      response.statusCode = reply.status;
      // Nothing about a submission may be kept in a cache on the person's device.
      response.setHeader('Cache-Control', 'no-store');
      if (reply.retryAfterSeconds !== undefined) response.setHeader('Retry-After', String(reply.retryAfterSeconds));
      if (json) {
        const payload: FormReply = {
          status: reply.kind,
          ...(reply.reference ? { reference: reply.reference } : {}),
          ...(reply.errors
            ? {
                errors: Object.fromEntries(
                  reply.errors.map((error) => [error.path, { key: error.key, message: t(`errors.${error.key}`, error.values ?? {}) }]),
                ),
              }
            : {}),
          ...(reply.reason ? { reason: reply.reason, message: t(`response.rejected.reason.${reply.reason}`) } : {}),
          ...(withHelplines.has(reply.kind) ? { helplines } : {}),
        };
        const body = JSON.stringify(payload);
        response.setHeader('Content-Type', 'application/json; charset=utf-8');
        response.end(body);
        return;
      }
      const formPage = reply.kind === 'invalid' && reply.form ? templates.get(`${locale}/form/${reply.form}`) : undefined;
      if (formPage) {
        const errors = (reply.errors ?? []).map((error) => ({ name: error.path, message: t(`errors.${error.key}`, error.values ?? {}) }));
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.end(refillForm(formPage, { answers: reply.answers ?? {}, errors, errorPrefix: t('ui.errorPrefix') }));
        return;
      }
      let html = templates.get(`${locale}/${reply.kind}`) ?? templates.get(`${defaultLocale}/${reply.kind}`)!;
      html = html.replace('<!--waypoint:reference-->', escapeHtml(reply.reference ?? ''));
      html = html.replace('<!--waypoint:reason-->', reply.reason ? escapeHtml(t(`response.rejected.reason.${reply.reason}`)) : '');
      html = html.replace(
        '<!--waypoint:errors-->',
        (reply.errors ?? [])
          .map((error) => `<li>${escapeHtml(t(`errors.${error.key}`, error.values ?? {}))} <span class="hint">(${escapeHtml(error.path)})</span></li>`)
          .join(''),
      );
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(html);
    },
  };
}
