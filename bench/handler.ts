/**
 * `npm run bench:handler`: throughput and latency of the form handler (parse, validate,
 * encrypt, fsync to the spool, respond) beside a bare node:http server that only answers
 * 204, and the floor: a server doing only the OpenPGP encryption and the durable write
 * (bench/handler/floor-server.ts), all as their own processes on loopback, driven by
 * autocannon in the same run. handler/floor shows what validation, limits and the rest add.
 * Then it waits for the SMTP sink: every accepted submission must arrive, exactly once.
 * Targets: handler/bare ratio ≥ 0.25, p99 ≤ 150 ms, 0 lost.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { generateKey } from 'openpgp';
import { TestSmtp } from '../tests/handler/support.ts';

const root = process.cwd();
const node = join(root, 'node_modules', '.bin', 'node');
const connections = 10;
// Each run is bounded both ways: it stops at `seconds` or after `amount` requests.
const bareRun = { seconds: 5, amount: 200_000 };
const handlerRun = { seconds: 10, amount: 5_000 };

function startProcess(args: string[], env: Record<string, string>, ready: RegExp): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(node, args, { cwd: root, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`did not start:\n${output}`)), 20_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1]!, child });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', () => reject(new Error(`exited:\n${output}`)));
  });
}

const bareServer = `
import { createServer } from 'node:http';
const server = createServer((request, response) => { request.resume(); request.on('end', () => { response.statusCode = 204; response.end(); }); });
server.listen(0, '127.0.0.1', () => console.log('running at http://127.0.0.1:' + server.address().port + '/'));
`;

interface Figures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  ok: number;
  errors: number;
  non2xx: number;
}

async function load(url: string, body: string, run: { seconds: number; amount: number }): Promise<Figures> {
  const result = await autocannon({
    url,
    method: 'POST',
    connections,
    amount: run.amount,
    duration: run.seconds,
    body,
    headers: { 'content-type': 'application/json', origin: new URL(url).origin },
  });
  return {
    // Completed requests over the run's real length (requests.average is per-second sampled and caps short runs).
    requestsPerSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok: result['2xx'],
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

const dir = mkdtempSync(join(tmpdir(), 'waypoint-bench-'));
const { publicKey } = await generateKey({ type: 'ecc', curve: 'curve25519Legacy', userIDs: [{ email: 'bench@force.test' }], format: 'armored' });
writeFileSync(join(dir, 'public.asc'), publicKey);
writeFileSync(
  join(dir, 'recipients.json'),
  JSON.stringify({ recipients: [{ form: 'callback-request', email: 'bench@partner.test', publicKeyFile: 'public.asc' }] }),
);
const smtp = await new TestSmtp().start();

const handler = await startProcess(
  ['src/server/start.ts'],
  {
    PORT: '0',
    WAYPOINT_RECIPIENTS: join(dir, 'recipients.json'),
    WAYPOINT_SPOOL_DIR: join(dir, 'spool'),
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_REQUIRE_TLS: 'false',
    WAYPOINT_DELIVERY_POLL_MS: '200',
    // The bench is one client sending far more than a person could: lift the per-client limits.
    WAYPOINT_LIMIT_SHORT: '1000000',
    WAYPOINT_LIMIT_DAILY: '1000000',
    WAYPOINT_LIMIT_GLOBAL_PER_MINUTE: '1000000',
    WAYPOINT_LIMIT_ATTEMPTS: '1000000',
  },
  /running at (http:\/\/[^\s]+\/)/,
);
const bare = await startProcess(['--input-type=module', '-e', bareServer], {}, /running at (http:\/\/[^\s]+\/)/);
const floor = await startProcess(
  ['bench/handler/floor-server.ts'],
  { FLOOR_SPOOL_DIR: join(dir, 'floor-spool'), FLOOR_PUBLIC_KEY: join(dir, 'public.asc') },
  /running at (http:\/\/[^\s]+\/)/,
);

const submission = JSON.stringify({
  name: 'Bench',
  contactMethods: ['phone'],
  phone: '07700 900982',
  voicemailSafe: 'no',
  sayWhoWeAre: 'no',
  safeWord: 'bluebell',
  avoid: 'Do not call before 10am.',
  locale: 'en',
});

// Warm both up, then measure the bare server first and the handler second.
await load(bare.url, submission, { seconds: 1, amount: 5_000 });
const bareFigures = await load(bare.url, submission, bareRun);
await load(floor.url, submission, { seconds: 1, amount: 500 });
const floorFigures = await load(floor.url, submission, handlerRun);
const handlerFigures = await load(`${handler.url}api/forms/callback-request`, submission, handlerRun);

const accepted = handlerFigures.ok;
const deadline = Date.now() + 300_000;
while (smtp.received.length < accepted && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
const delivered = smtp.received.length;
const unique = new Set(smtp.received.map((mail) => mail.messageId)).size;

const row = (name: string, f: Figures) =>
  `${name.padEnd(22)} ${f.requestsPerSecond.toFixed(0).padStart(8)} ${String(f.p50).padStart(8)} ${String(f.p99).padStart(8)} ${String(f.ok).padStart(7)} ${String(f.non2xx + f.errors).padStart(7)}`;
console.log(
  `\n${connections} connections on loopback; bare: ${bareRun.seconds} s or ${bareRun.amount} POSTs, handler: ${handlerRun.seconds} s or ${handlerRun.amount} POSTs\n`,
);
console.log(`${'server'.padEnd(22)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'2xx'.padStart(7)} ${'other'.padStart(7)}`);
console.log(row('bare node:http (204)', bareFigures));
console.log(row('floor (encrypt + fsync)', floorFigures));
console.log(row('form handler', handlerFigures));
const ratio = handlerFigures.requestsPerSecond / bareFigures.requestsPerSecond;
const lost = accepted - delivered;
const floorRatio = handlerFigures.requestsPerSecond / floorFigures.requestsPerSecond;
console.log(`\nratio handler/bare: ${ratio.toFixed(3)} (target ≥ 0.25) ${ratio >= 0.25 ? 'PASS' : 'FAIL'}`);
console.log(`ratio handler/floor: ${floorRatio.toFixed(3)} (target ≥ 0.8) ${floorRatio >= 0.8 ? 'PASS' : 'FAIL'}`);
console.log(`handler p99: ${handlerFigures.p99} ms (target ≤ 150 ms) ${handlerFigures.p99 <= 150 ? 'PASS' : 'FAIL'}`);
console.log(
  `accepted ${accepted}, delivered ${delivered}, distinct Message-IDs ${unique}, lost ${lost} (target 0) ${lost === 0 && unique === delivered ? 'PASS' : 'FAIL'}`,
);

handler.child.kill('SIGTERM');
bare.child.kill('SIGTERM');
floor.child.kill('SIGTERM');
await smtp.stop();
process.exit(0);
