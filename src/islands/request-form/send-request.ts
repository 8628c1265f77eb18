/**
 * Posts the answers a person could see to the handler as JSON and reads its typed reply
 * (src/forms/shared/reply.ts). No credentials, no cache: nothing of it may stay in the browser.
 */
import { readReply } from '../../forms/shared/reply.ts';
import type { SendResult } from './outcome.ts';

export async function sendRequest(action: string, payload: Record<string, unknown>): Promise<SendResult> {
  let response: Response;
  try {
    response = await fetch(action, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(payload),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch {
    return { kind: 'offline' };
  }
  const reply = await readReply(response);
  if (response.ok && reply.status === 'unconfirmed') return { kind: 'unconfirmed' };
  if (response.ok && reply.reference) return { kind: 'sent', reference: reply.reference };
  if (response.status === 400 && reply.errors) {
    return { kind: 'invalid', errors: Object.fromEntries(Object.entries(reply.errors).map(([path, error]) => [path, error.message])) };
  }
  if (response.status === 429) return { kind: 'busy' };
  if (response.status >= 500) return { kind: 'failed' };
  return { kind: 'rejected', ...(reply.message ? { message: reply.message } : {}) };
}
