/**
 * Puts the form pipeline together from the server config: recipients (or the demo),
 * the spool, the mail sender and its worker, abuse limits and the responder.
 */
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { defaultLocale } from '../../i18n/locales.ts';
import type { ServerConfig } from '../config.ts';
import type { Logger } from '../log.ts';
import { translators } from '../strings.ts';
import { createAbuseLimits } from './abuse-limits.ts';
import { clientAddressOf } from '../client-address.ts';
import { demoRecipients, ensureDemoKeys, startSmtpSink, type SmtpSink } from './demo.ts';
import { isDemo } from './demo-mode.ts';
import { DeliveryWorker } from './delivery.ts';
import { createFormHandler } from './form-handler.ts';
import { createSender } from './mailer.ts';
import { loadRecipients, type RecipientTable } from './recipients.ts';
import { createResponder, loadHelplines, loadTemplates } from './responses.ts';
import { Spool } from './spool.ts';

export interface FormService {
  handle(request: IncomingMessage, response: ServerResponse, formId: string): Promise<void>;
  worker: DeliveryWorker;
  spool: Spool;
  demo: { mailDir: string; privateKeyFile: string } | undefined;
  close(): Promise<void>;
}

export async function startFormService(config: ServerConfig, logger: Logger): Promise<FormService> {
  const demo = isDemo({ WAYPOINT_RECIPIENTS: config.recipientsFile }, config.root);
  let recipients: RecipientTable;
  let sink: SmtpSink | undefined;
  let demoInfo: FormService['demo'];
  let smtp = config.smtp;

  if (demo) {
    const keys = await ensureDemoKeys(config.demoDir);
    recipients = demoRecipients(keys.publicKeyFile);
    const mailDir = join(config.demoDir, 'mail');
    if (!smtp) {
      sink = await startSmtpSink(mailDir);
      smtp = { host: '127.0.0.1', port: sink.port, user: undefined, pass: undefined, requireTLS: false, from: 'Waypoint demo <demo@waypoint.invalid>' };
    }
    demoInfo = { mailDir, privateKeyFile: keys.privateKeyFile };
    logger.info('demo_mode', { note: 'no recipients configured: demo key and local SMTP sink; nothing leaves this machine' });
  } else {
    recipients = loadRecipients(config.recipientsFile);
    if (!smtp) throw new Error(`${config.recipientsFile} is configured but SMTP_HOST is not set: there is no way to deliver.`);
  }

  const spool = new Spool(config.spoolDir);
  await spool.init();
  const sender = createSender(smtp);
  const worker = new DeliveryWorker(spool, sender.send, logger, config.retry);
  worker.start();

  const handle = createFormHandler({
    recipients,
    spool,
    worker,
    limits: createAbuseLimits(config.limits),
    responder: createResponder(loadTemplates(config.distDir), translators(config.distDir), defaultLocale, loadHelplines(config.distDir)),
    logger,
    publicOrigin: config.publicOrigin,
    clientAddress: clientAddressOf(config.trustedProxies),
  });

  return {
    handle,
    worker,
    spool,
    demo: demoInfo,
    async close() {
      await worker.stop();
      sender.close();
      await sink?.close();
    },
  };
}
