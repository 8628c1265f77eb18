/**
 * `npm run keys:check`: checks config/recipients.json (or WAYPOINT_RECIPIENTS) before
 * anyone relies on it: every row has an email address and a readable OpenPGP public key
 * that can encrypt today, and every form has someone to receive it. Exits 1 on any problem.
 */
import { forms } from '../src/forms/index.ts';
import { readConfig } from '../src/server/config.ts';
import { isDemo } from '../src/server/forms/demo-mode.ts';
import { keyExpiry, loadPublicKey } from '../src/server/forms/encryption.ts';
import { loadRecipients, RecipientConfigError } from '../src/server/forms/recipients.ts';

const config = readConfig();
const warnSoonDays = 30;

async function main(): Promise<number> {
  if (isDemo({ WAYPOINT_RECIPIENTS: config.recipientsFile }, config.root)) {
    console.log(`No ${config.recipientsFile}: the server runs the demo (a generated key and a local SMTP sink). Nothing to check.`);
    return 0;
  }
  let table: ReturnType<typeof loadRecipients>;
  try {
    table = loadRecipients(config.recipientsFile);
  } catch (error) {
    console.error(error instanceof RecipientConfigError ? error.message : `Cannot read ${config.recipientsFile}`);
    return 1;
  }
  let problems = 0;
  for (const recipient of table.recipients) {
    const label = `${recipient.form}${recipient.force ? ` / ${recipient.force}` : ''} → ${recipient.email}`;
    if (!forms[recipient.form]) {
      console.error(`✗ ${label}: there is no form called "${recipient.form}" (known: ${Object.keys(forms).join(', ')})`);
      problems += 1;
      continue;
    }
    try {
      const key = await loadPublicKey(recipient.publicKeyFile);
      const expiry = await keyExpiry(key);
      const fingerprint = key.getFingerprint().toUpperCase();
      const days = expiry ? Math.floor((expiry.getTime() - Date.now()) / 86_400_000) : undefined;
      const note = days === undefined ? 'no expiry' : days < warnSoonDays ? `EXPIRES IN ${days} DAYS` : `expires ${expiry!.toISOString().slice(0, 10)}`;
      console.log(`✓ ${label}: key ${fingerprint} (${note})`);
    } catch (error) {
      console.error(`✗ ${label}: ${(error as Error).message}`);
      problems += 1;
    }
  }
  for (const form of Object.keys(forms)) {
    if (!table.recipients.some((recipient) => recipient.form === form)) {
      console.error(`✗ ${form}: nobody receives this form`);
      problems += 1;
    }
  }
  console.log(problems === 0 ? 'All recipients can receive encrypted submissions.' : `${problems} problem(s).`);
  return problems === 0 ? 0 : 1;
}

process.exit(await main());
