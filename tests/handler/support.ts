/**
 * Test support for the form handler: recipient keys, a scriptable SMTP server
 * (smtp-server) that can be down, answer 451 or 550, or drop the connection mid-DATA,
 * and the real handler process, started and killed like production would be.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKey } from 'openpgp';
import type { AddressInfo, Server, Socket } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from './mail-parse.ts';

export const root = process.cwd();

const tempDirs: string[] = [];

/** A fresh folder under the system temp dir, removed by removeTempDirs() after the file's tests. */
export function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `waypoint-${name}-`));
  tempDirs.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export interface RecipientKeys {
  publicKeyFile: string;
  privateKey: string;
}

export async function makeKeys(dir: string, options: { expiresInSeconds?: number; date?: Date } = {}): Promise<RecipientKeys> {
  const { publicKey, privateKey } = await generateKey({
    type: 'ecc',
    curve: 'curve25519Legacy',
    userIDs: [{ name: 'Test force', email: 'dvds@force.test' }],
    format: 'armored',
    ...(options.expiresInSeconds ? { keyExpirationTime: options.expiresInSeconds } : {}),
    ...(options.date ? { date: options.date } : {}),
  });
  await mkdir(dir, { recursive: true });
  const publicKeyFile = join(dir, `recipient-${Math.random().toString(36).slice(2)}.asc`);
  writeFileSync(publicKeyFile, publicKey);
  return { publicKeyFile, privateKey };
}

export function writeRecipients(dir: string, rows: object[]): string {
  const file = join(dir, 'recipients.json');
  writeFileSync(file, JSON.stringify({ recipients: rows }, null, 2));
  return file;
}

/** `slow-accept`: the message is received, but the 250 reply comes only after `acceptDelayMs`. */
export type SmtpMode = 'accept' | 'tempfail' | 'permfail' | 'drop-mid-data' | 'slow-accept';

export interface ReceivedMail {
  messageId: string;
  to: string;
  subject: string;
  text: string;
  raw: string;
}

/** A real SMTP server on loopback whose behaviour each test can change as it goes. */
export class TestSmtp {
  mode: SmtpMode = 'accept';
  received: ReceivedMail[] = [];
  attempts = 0;
  acceptDelayMs = 3000;
  private server: SMTPServer | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;

  async start(port = 0): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, _session, callback) => {
        this.attempts += 1;
        const mode = this.mode;
        const chunks: Buffer[] = [];
        if (mode === 'drop-mid-data') {
          stream.once('data', () => {
            this.mode = 'accept';
            for (const socket of this.sockets) socket.destroy();
            stream.resume();
          });
          stream.on('end', () => callback(new Error('dropped')));
          return;
        }
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          if (mode === 'tempfail') return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
          if (mode === 'permfail') return callback(Object.assign(new Error('No such mailbox'), { responseCode: 550 }));
          const raw = Buffer.concat(chunks).toString('utf8');
          this.received.push(simpleParser(raw));
          if (mode === 'slow-accept') setTimeout(() => callback(), this.acceptDelayMs).unref();
          else callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, '127.0.0.1', () => resolve());
    });
    // The underlying net.Server: its sockets are what a mid-DATA drop cuts.
    const net = (this.server as unknown as { server: Server }).server;
    net.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
    this.port = (net.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const socket of this.sockets) socket.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

export interface HandlerProcess {
  url: string;
  output(): string;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts `node src/server/start.ts` as production does, with the given environment. */
export async function startHandler(env: Record<string, string>): Promise<HandlerProcess> {
  const child: ChildProcess = spawn(join(root, 'node_modules', '.bin', 'node'), [join(root, 'src', 'server', 'start.ts')], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`handler did not start:\n${output}`)), 20_000);
    const check = () => {
      const match = /running at (http:\/\/[^/\s]+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', () => reject(new Error(`handler exited:\n${output}`)));
  });
  return {
    url,
    output: () => output,
    async kill(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

export interface PostOptions {
  type?: string;
  origin?: string | null;
  headers?: Record<string, string>;
}

export async function post(base: string, path: string, body: string | Buffer, options: PostOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': options.type ?? 'application/json', ...options.headers };
  if (options.origin !== null) headers.origin = options.origin ?? base;
  return fetch(base + path, { method: 'POST', body: typeof body === 'string' ? body : new Uint8Array(body), headers, redirect: 'manual' });
}

export async function waitFor<T>(check: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 15_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A complete, valid call-back request. */
export function callbackAnswers(name = 'Sam'): Record<string, string | string[]> {
  return { name, contactMethods: ['phone'], phone: '07700 900982', voicemailSafe: 'no', sayWhoWeAre: 'no', safeWord: 'bluebell', locale: 'en' };
}

/** A complete, valid disclosure request from a sister about her sister's partner. */
export function disclosureAnswers(force = 'west-midlands'): Record<string, string | string[]> {
  return {
    askingFor: 'someone-else',
    applicantFirstName: 'Amira',
    applicantLastName: 'Khan',
    applicantDateOfBirth: '1988-04-12',
    atRiskName: 'Leila Khan',
    atRiskRelationship: 'sister',
    atRiskAware: 'no',
    concernName: 'Mark Example',
    concernRelationship: 'partner',
    children: 'yes',
    childrenAges: '4 and 7',
    reason: 'He checks her phone and she has stopped seeing us.',
    force,
    contactMethods: ['email'],
    email: 'amira@example.com',
    voicemailSafe: 'yes',
    sayWhoWeAre: 'yes',
    locale: 'en',
  };
}
