/**
 * OpenPGP encryption of a whole submission to its recipient's public key (openpgp.js v6,
 * v4 keys and SEIPDv1 packets, so GnuPG 2.2 can decrypt too). Keys are checked at every
 * use: a missing, expired, revoked or unusable key throws, and the caller fails closed.
 */
import { readFile, stat } from 'node:fs/promises';
import { createMessage, encrypt, readKey, type PublicKey } from 'openpgp';

export class KeyProblem extends Error {
  override name = 'KeyProblem';
}

/** Reads and checks an armored public key file; throws KeyProblem with a reason, never key material. */
export async function loadPublicKey(file: string, now = new Date()): Promise<PublicKey> {
  let armored: string;
  try {
    armored = await readFile(file, 'utf8');
  } catch {
    throw new KeyProblem(`cannot read public key file ${file}`);
  }
  let key: PublicKey;
  try {
    key = (await readKey({ armoredKey: armored })) as PublicKey;
  } catch {
    throw new KeyProblem(`${file} is not an OpenPGP public key`);
  }
  if (key.isPrivate()) throw new KeyProblem(`${file} holds a private key; give the public key only`);
  await assertUsable(key, file, now);
  return key;
}

const parsed = new Map<string, { mtimeMs: number; key: PublicKey }>();

/**
 * loadPublicKey with the parsed key kept while the file is unchanged (parsing costs about
 * as much as encrypting). Usability is still checked on every call, so a key that expires
 * while the server runs is refused from that moment.
 */
export async function cachedPublicKey(file: string, now = new Date()): Promise<PublicKey> {
  const info = await stat(file).catch(() => undefined);
  if (!info) throw new KeyProblem(`cannot read public key file ${file}`);
  const hit = parsed.get(file);
  if (hit && hit.mtimeMs === info.mtimeMs) {
    await assertUsable(hit.key, file, now);
    return hit.key;
  }
  const key = await loadPublicKey(file, now);
  parsed.set(file, { mtimeMs: info.mtimeMs, key });
  return key;
}

export async function assertUsable(key: PublicKey, label: string, now = new Date()): Promise<void> {
  try {
    await key.getEncryptionKey(undefined, now);
  } catch {
    throw new KeyProblem(`${label} has no valid encryption key at ${now.toISOString()} (expired, revoked or unusable)`);
  }
}

export async function keyExpiry(key: PublicKey): Promise<Date | null> {
  const expiry = await key.getExpirationTime();
  return expiry instanceof Date ? expiry : null;
}

export async function encryptText(text: string, key: PublicKey): Promise<string> {
  return encrypt({ message: await createMessage({ text }), encryptionKeys: key, format: 'armored' });
}
