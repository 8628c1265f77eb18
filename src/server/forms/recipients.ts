/**
 * Who receives each form: config/recipients.json maps a form id (and, for forms routed
 * by police force, a force id) to an email address and an OpenPGP public key file.
 *
 * {
 *   "recipients": [
 *     { "form": "disclosure-request", "force": "west-midlands", "email": "…", "publicKeyFile": "keys/wmp.asc" },
 *     { "form": "callback-request", "email": "…", "publicKeyFile": "keys/partner.asc" }
 *   ]
 * }
 *
 * A row without "force" serves every force that has no row of its own.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export interface Recipient {
  form: string;
  force?: string;
  email: string;
  /** Who this is, as a person would know them ("Example Women's Aid"): the form page names it (routing-text.ts). */
  name?: string;
  /** Absolute path of the armored public key. */
  publicKeyFile: string;
}

export interface RecipientTable {
  recipients: Recipient[];
}

export class RecipientConfigError extends Error {
  override name = 'RecipientConfigError';
}

const emailPattern = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

export function parseRecipients(text: string, configFile: string): RecipientTable {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new RecipientConfigError(`${configFile} is not valid JSON`);
  }
  const rows = (raw as { recipients?: unknown })?.recipients;
  if (!Array.isArray(rows) || rows.length === 0) throw new RecipientConfigError(`${configFile} needs a non-empty "recipients" list`);
  const recipients = rows.map((row: Record<string, unknown>, index): Recipient => {
    const where = `${configFile} recipients[${index}]`;
    if (typeof row.form !== 'string' || !row.form) throw new RecipientConfigError(`${where}: "form" is required`);
    if (typeof row.email !== 'string' || !emailPattern.test(row.email)) throw new RecipientConfigError(`${where}: "email" must be an email address`);
    if (typeof row.publicKeyFile !== 'string' || !row.publicKeyFile) throw new RecipientConfigError(`${where}: "publicKeyFile" is required`);
    if (row.force !== undefined && typeof row.force !== 'string') throw new RecipientConfigError(`${where}: "force" must be text`);
    if (row.name !== undefined && (typeof row.name !== 'string' || !row.name.trim())) throw new RecipientConfigError(`${where}: "name" must be text`);
    return {
      form: row.form,
      ...(row.force ? { force: row.force as string } : {}),
      ...(row.name ? { name: (row.name as string).trim() } : {}),
      email: row.email,
      publicKeyFile: resolve(dirname(configFile), row.publicKeyFile),
    };
  });
  return { recipients };
}

export function loadRecipients(configFile: string): RecipientTable {
  return parseRecipients(readFileSync(configFile, 'utf8'), configFile);
}

export function findRecipient(table: RecipientTable, form: string, force: string | undefined): Recipient | undefined {
  const forForm = table.recipients.filter((recipient) => recipient.form === form);
  return forForm.find((recipient) => force !== undefined && recipient.force === force) ?? forForm.find((recipient) => recipient.force === undefined);
}
