/**
 * Starts the Waypoint server: `npm start` runs this after building the site.
 * PORT (default 4321) and HOST (default 127.0.0.1) choose where it listens.
 */
import { createServer } from 'node:http';
import { createApp, defaultDistDir } from './app.ts';
import { createLogger } from './log.ts';

const logger = createLogger();
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';

const server = createServer(createApp({ distDir: defaultDistDir(), logger }));
server.headersTimeout = 20_000;
server.requestTimeout = 30_000;

server.listen(port, host, () => {
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  logger.info('server_started', { port: actualPort });
  process.stdout.write(`\nWaypoint is running at http://${shownHost}:${actualPort}/\n\n`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    logger.info('server_stopping', { signal });
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
  });
}
