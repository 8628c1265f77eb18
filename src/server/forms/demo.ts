/**
 * The embedded demo behind `npm start` when no recipients are configured: a demo key
 * pair made at first start (the private key kept in var/demo/, never under dist/), and an
 * in-process SMTP sink (smtp-server) that stores each message it receives in var/demo/mail/.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { generateKey } from 'openpgp';
import { SMTPServer } from 'smtp-server';
import { forms } from '../../forms/index.ts';
import type { RecipientTable } from './recipients.ts';

export const demoAddress = 'demo-recipient@waypoint.invalid';

export async function ensureDemoKeys(demoDir: string): Promise<{ publicKeyFile: string; privateKeyFile: string }> {
  await mkdir(demoDir, { recursive: true, mode: 0o700 });
  const publicKeyFile = join(demoDir, 'demo-public.asc');
  const privateKeyFile = join(demoDir, 'demo-private.asc');
  if (!existsSync(publicKeyFile) || !existsSync(privateKeyFile)) {
    const { publicKey, privateKey } = await generateKey({
      type: 'ecc',
      curve: 'curve25519Legacy',
      userIDs: [{ name: 'Waypoint demo recipient', email: demoAddress }],
      format: 'armored',
    });
    await writeFile(privateKeyFile, privateKey, { mode: 0o600 });
    await writeFile(publicKeyFile, publicKey, { mode: 0o644 });
  }
  return { publicKeyFile, privateKeyFile };
}

export function demoRecipients(publicKeyFile: string): RecipientTable {
  return { recipients: Object.keys(forms).map((form) => ({ form, email: demoAddress, publicKeyFile })) };
}

export interface SmtpSink {
  port: number;
  close(): Promise<void>;
}

/** A local SMTP server that accepts everything and writes each message to a file. */
export async function startSmtpSink(mailDir: string): Promise<SmtpSink> {
  await mkdir(mailDir, { recursive: true, mode: 0o700 });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        writeFile(join(mailDir, `${Date.now()}-${randomUUID()}.eml`), Buffer.concat(chunks), { mode: 0o600 }).then(
          () => callback(),
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = (server as unknown as { server: { address(): { port: number } } }).server.address();
  return { port: address.port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
