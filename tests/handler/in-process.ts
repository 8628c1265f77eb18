/**
 * The whole server (static site and form handler) in this test process, with its own
 * temp spool, recipients and SMTP server: for request-level tests that need no restart.
 */
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { createApp } from '../../src/server/app.ts';
import { readConfig, type ServerConfig } from '../../src/server/config.ts';
import { createLogger } from '../../src/server/log.ts';
import { startFormService, type FormService } from '../../src/server/forms/form-service.ts';
import { makeKeys, tempDir, TestSmtp, writeRecipients, type RecipientKeys } from './support.ts';

export interface InProcess {
  base: string;
  config: ServerConfig;
  forms: FormService;
  smtp: TestSmtp;
  keys: RecipientKeys;
  logs: string[];
  close(): Promise<void>;
}

export async function startInProcess(
  options: { env?: Record<string, string>; recipients?: (keys: RecipientKeys, dir: string) => object[] } = {},
): Promise<InProcess> {
  const dir = tempDir('inprocess');
  const keys = await makeKeys(join(dir, 'keys'));
  const rows = options.recipients?.(keys, dir) ?? [
    { form: 'disclosure-request', email: 'dvds@force.test', publicKeyFile: keys.publicKeyFile },
    { form: 'callback-request', email: 'callback@partner.test', publicKeyFile: keys.publicKeyFile },
  ];
  const recipients = writeRecipients(dir, rows);
  const smtp = await new TestSmtp().start();
  const config = readConfig(
    {
      WAYPOINT_RECIPIENTS: recipients,
      WAYPOINT_SPOOL_DIR: join(dir, 'spool'),
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      SMTP_REQUIRE_TLS: 'false',
      WAYPOINT_DELIVERY_POLL_MS: '100',
      WAYPOINT_LIMIT_SHORT: '100000',
      WAYPOINT_LIMIT_DAILY: '100000',
      WAYPOINT_LIMIT_GLOBAL_PER_MINUTE: '100000',
      WAYPOINT_LIMIT_ATTEMPTS: '100000',
      ...options.env,
    },
    process.cwd(),
  );
  const logs: string[] = [];
  const logger = createLogger((line) => logs.push(line));
  const forms = await startFormService(config, logger);
  const server: Server = createServer(createApp({ distDir: config.distDir, logger, handleForm: forms.handle }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    base: `http://127.0.0.1:${address.port}`,
    config,
    forms,
    smtp,
    keys,
    logs,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await forms.close();
      await smtp.stop();
    },
  };
}
