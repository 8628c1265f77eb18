/**
 * Starts the Waypoint server: `npm start` runs this after building the site. It serves
 * dist/ and the form handler; with no config/recipients.json it runs the embedded demo.
 * Settings come from the environment (see config.ts): PORT (4321), HOST (127.0.0.1), …
 */
import { createServer } from 'node:http';
import { createApp } from './app.ts';
import { readConfig } from './config.ts';
import { createLogger } from './log.ts';
import { startFormService } from './forms/form-service.ts';

const logger = createLogger();
const config = readConfig();
const forms = await startFormService(config, logger);

const server = createServer(
  createApp({
    distDir: config.distDir,
    logger,
    handleForm: forms.handle,
    publicOrigin: config.publicOrigin,
    queueHealth: () => forms.worker.health(),
    tlsAtProxy: config.tlsAtProxy,
  }),
);
server.headersTimeout = 20_000;
server.requestTimeout = 30_000;

server.listen(config.port, config.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  logger.info('server_started', { port, demo: forms.demo !== undefined });
  process.stdout.write(`\nWaypoint is running at http://${host}:${port}/\n`);
  if (forms.demo)
    process.stdout.write(`Demo mode: form submissions are encrypted to a demo key and kept in ${forms.demo.mailDir}; nothing is sent anywhere.\n`);
  process.stdout.write('\n');
});

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info('server_stopping', { signal });
    setTimeout(() => process.exit(0), 3000).unref();
    server.close(() => void forms.close().finally(() => process.exit(0)));
    server.closeIdleConnections();
  });
}
