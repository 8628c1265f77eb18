/**
 * The floor for bench:handler: a server that does only what every accepted submission must
 * cost, with the handler's own modules: read the body, encrypt it to the recipient's OpenPGP
 * key, write the ciphertext durably to a spool (fsync file and folder), answer 200. No parsing,
 * validation, limits or templates, so handler / floor shows what those add.
 */
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { cachedPublicKey, encryptText } from '../../src/server/forms/encryption.ts';
import { Spool } from '../../src/server/forms/spool.ts';

const spool = new Spool(process.env.FLOOR_SPOOL_DIR!);
await spool.init();
const keyFile = process.env.FLOOR_PUBLIC_KEY!;

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', async () => {
    const armored = await encryptText(Buffer.concat(chunks).toString('utf8'), await cachedPublicKey(keyFile));
    await spool.add({ messageId: `<${randomUUID()}@floor.invalid>`, to: 'floor@floor.invalid', createdAt: new Date().toISOString(), armored });
    response.statusCode = 200;
    response.end('{"status":"sent"}');
  });
});
server.listen(0, '127.0.0.1', () => console.log(`running at http://127.0.0.1:${(server.address() as { port: number }).port}/`));
