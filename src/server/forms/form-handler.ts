/**
 * POST /api/forms/<form-id>: parse → validate → encrypt → spool → respond → deliver.
 * Nothing a person typed is written anywhere until it is ciphertext, nothing is logged
 * but event names and counts, and a 2xx is sent only once the ciphertext is on disk.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { ValidationError } from 'yup';
import { defaultLocale, getLocale, isLocale } from '../../i18n/locales.ts';
import { forms, honeypotField } from '../../forms/index.ts';
import { fieldErrors } from '../../forms/shared/messages.ts';
import { formLayouts, isFormId } from '../../forms/index.ts';
import { visibleAnswers } from '../../forms/shared/visible-answers.ts';
import type { Logger } from '../log.ts';
import type { AbuseLimits } from './abuse-limits.ts';
import type { DeliveryWorker } from './delivery.ts';
import { cachedPublicKey, encryptText, KeyProblem } from './encryption.ts';
import { parseSubmission } from './parse-submission.ts';
import { BodyTooLarge, readBody } from './read-body.ts';
import { findRecipient, type RecipientTable } from './recipients.ts';
import { newReference } from './reference.ts';
import type { Responder } from './responses.ts';
import { isSameOrigin } from './same-origin.ts';
import type { Spool } from './spool.ts';

export const maxBodyBytes = 64 * 1024;

/** Errors listed in the order their questions appear, as the error summary shows them. */
const inFormOrder = <T extends { path: string }>(fields: readonly string[], errors: T[]) =>
  [...errors].sort((a, b) => fields.indexOf(a.path) - fields.indexOf(b.path));

export interface FormHandlerDeps {
  recipients: RecipientTable;
  spool: Spool;
  worker: Pick<DeliveryWorker, 'kick'>;
  limits: AbuseLimits;
  responder: Responder;
  logger: Logger;
  publicOrigin: string | undefined;
  /** Where a request came from, as far as the configured proxies may say (client-address.ts). */
  clientAddress?: (request: IncomingMessage) => string;
  /** The domain part of Message-IDs. */
  messageIdDomain?: string;
}

const wantsJson = (request: IncomingMessage) =>
  /application\/json/i.test(request.headers['content-type'] ?? '') || /application\/json/i.test(request.headers.accept ?? '');

export function createFormHandler(deps: FormHandlerDeps) {
  const { responder, logger } = deps;

  return async function handleForm(request: IncomingMessage, response: ServerResponse, formId: string): Promise<void> {
    const json = wantsJson(request);
    let locale = defaultLocale;
    const form = forms[formId];
    if (!form) {
      request.resume();
      responder.send(response, { status: 404, kind: 'rejected', reason: 'unknownForm' }, locale, json);
      return;
    }
    if (!isSameOrigin(request, deps.publicOrigin)) {
      request.resume();
      logger.info('form_refused', { form: formId, reason: 'cross_origin' });
      responder.send(response, { status: 403, kind: 'rejected', reason: 'forbidden' }, locale, json);
      return;
    }
    const client = (deps.clientAddress ?? ((incoming: IncomingMessage) => incoming.socket.remoteAddress ?? 'unknown'))(request);
    const limit = await deps.limits.admit(client);
    if (!limit.allowed) {
      request.resume();
      logger.info('form_limited', { form: formId });
      responder.send(response, { status: 429, kind: 'busy', retryAfterSeconds: limit.retryAfterSeconds }, locale, json);
      return;
    }

    let body: Buffer;
    try {
      body = await readBody(request, maxBodyBytes);
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) throw error;
      logger.info('form_refused', { form: formId, reason: 'too_large' });
      response.setHeader('Connection', 'close');
      responder.send(response, { status: 413, kind: 'rejected', reason: 'tooLarge' }, locale, json);
      return;
    }

    const parsed = parseSubmission(form, request.headers['content-type'], body);
    if (!parsed.ok) {
      logger.info('form_refused', { form: formId, reason: parsed.reason });
      responder.send(response, { status: parsed.status, kind: 'rejected', reason: parsed.reason }, locale, json);
      return;
    }
    const { locale: requestedLocale, [honeypotField]: trap, ...answers } = parsed.fields;
    if (typeof requestedLocale === 'string' && isLocale(requestedLocale)) locale = requestedLocale;

    // A filled honeypot is almost always a bot, but autofill can fill it for a person: keep
    // nothing, give no fake reference, and say plainly that we cannot confirm it, so a person
    // knows to phone. A bot learns only that the post was answered.
    if (typeof trap === 'string' && trap.trim() !== '') {
      logger.info('form_honeypot', { form: formId });
      responder.send(response, { status: 200, kind: 'unconfirmed' }, locale, json);
      return;
    }

    // Only the questions the person could see: the same rule the island applies before it sends.
    const layout = isFormId(formId) ? formLayouts[formId] : undefined;
    const shown = layout ? visibleAnswers(layout, answers) : answers;

    let valid: Record<string, unknown>;
    try {
      // yup gives back every key it knows; keep only what was shown and answered.
      const validated = (await form.schema.validate(shown, { abortEarly: false, stripUnknown: true })) as Record<string, unknown>;
      valid = layout ? visibleAnswers(layout, validated) : validated;
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      logger.info('form_invalid', { form: formId });
      responder.send(response, { status: 400, kind: 'invalid', errors: inFormOrder(form.fields, fieldErrors(error)), form: formId, answers }, locale, json);
      return;
    }

    // Only a submission that will be sent counts against the person's limit and the site's.
    const spent = await deps.limits.spend(client);
    if (!spent.allowed) {
      logger.info('form_limited', { form: formId });
      responder.send(response, { status: 429, kind: 'busy', retryAfterSeconds: spent.retryAfterSeconds }, locale, json);
      return;
    }

    const force = form.routeBy ? String(valid[form.routeBy] ?? '') : undefined;
    const recipient = findRecipient(deps.recipients, formId, force);
    if (!recipient) {
      logger.error('ALERT_no_recipient', { form: formId });
      responder.send(response, { status: 500, kind: 'failed' }, locale, json);
      return;
    }

    const reference = newReference();
    const submittedAt = new Date().toISOString();
    let armored: string;
    try {
      const key = await cachedPublicKey(recipient.publicKeyFile);
      // The page's language in words: a person who left "which language" empty filled the form in it.
      const pageLanguage = getLocale(locale).englishName;
      armored = await encryptText(
        JSON.stringify({ form: formId, force: force ?? null, reference, submittedAt, locale, pageLanguage, answers: valid }, null, 2),
        key,
      );
    } catch (error) {
      // Fail closed: without a usable key nothing is written, and the person is told to phone.
      logger.error('ALERT_key_unusable', { form: formId, problem: error instanceof KeyProblem ? 'key' : 'encrypt' });
      responder.send(response, { status: 500, kind: 'failed' }, locale, json);
      return;
    }

    try {
      await deps.spool.add({
        messageId: `<${randomUUID()}@${deps.messageIdDomain ?? 'waypoint.invalid'}>`,
        to: recipient.email,
        createdAt: submittedAt,
        armored,
      });
    } catch (error) {
      logger.error('ALERT_spool_write_failed', { form: formId, code: (error as NodeJS.ErrnoException).code ?? 'unknown' });
      responder.send(response, { status: 500, kind: 'failed' }, locale, json);
      return;
    }
    logger.info('form_spooled', { form: formId });
    responder.send(response, { status: 200, kind: 'sent', reference }, locale, json);
    void deps.worker.kick();
  };
}
