/**
 * What the form handler answers a JavaScript post with (Accept: application/json), and what
 * the island reads: one type on both sides, so neither can drift. HTML posts get the matching
 * page at /<locale>/forms/response/<status>/ instead.
 */
import type { ResponseKind } from '../../server/forms/response-kinds.ts';

export interface ReplyHelpline {
  name: string;
  number: string;
}

export interface FormReply {
  status: ResponseKind;
  /** "sent": the reference the person can quote. */
  reference?: string;
  /** "invalid": each field's error, as a key and in the page's language. */
  errors?: Record<string, { key: string; message: string }>;
  /** "rejected": why, as a key and in the page's language. */
  reason?: string;
  message?: string;
  /** "busy", "failed", "unconfirmed": the national helplines to phone instead. */
  helplines?: ReplyHelpline[];
}

/** Reads a reply, tolerating a body that is not JSON (a proxy's error page): then only the status code counts. */
export async function readReply(response: Response): Promise<Partial<FormReply>> {
  return (await response.json().catch(() => ({}))) as Partial<FormReply>;
}
