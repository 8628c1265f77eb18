/**
 * Turns a request body into a flat record of form fields, or a reason to refuse it.
 * Runs before validation: it enforces the shape limits (field count, known fields only,
 * no line breaks in one-line fields) that protect everything downstream.
 */
import type { FormDefinition } from '../../forms/index.ts';

export const maxFields = 40;

/** Fields every form may carry besides its schema: the page's language and the honeypot. */
import { honeypotField } from '../../forms/shared/rules.ts';

export const commonFields = ['locale', honeypotField] as const;

export type Fields = Record<string, string | string[]>;

export type ParseResult = { ok: true; fields: Fields; format: 'json' | 'urlencoded' } | { ok: false; status: 400 | 415; reason: ParseFailure; field?: string };

export type ParseFailure = 'contentType' | 'malformed' | 'tooManyFields' | 'unknownField' | 'lineBreak' | 'notAList';

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decode(body: Buffer): string | undefined {
  try {
    return utf8.decode(body);
  } catch {
    return undefined;
  }
}

function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

function fromJson(text: string): [string, unknown][] | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  return Object.entries(value);
}

function fromUrlEncoded(text: string): [string, unknown][] | undefined {
  // URLSearchParams replaces bad percent-escapes silently; refuse them instead.
  if (/%(?![0-9a-f]{2})/i.test(text)) return undefined;
  return [...new URLSearchParams(text)];
}

export function parseSubmission(form: FormDefinition, contentType: string | undefined, body: Buffer): ParseResult {
  const type = mediaType(contentType);
  const format = type === 'application/json' ? 'json' : type === 'application/x-www-form-urlencoded' ? 'urlencoded' : undefined;
  if (!format) return { ok: false, status: 415, reason: 'contentType' };
  const text = decode(body);
  if (text === undefined) return { ok: false, status: 400, reason: 'malformed' };
  const pairs = format === 'json' ? fromJson(text) : fromUrlEncoded(text);
  if (!pairs) return { ok: false, status: 400, reason: 'malformed' };

  const allowed = new Set<string>([...form.fields, ...commonFields]);
  const lists = new Set(form.lists);
  const multiLine = new Set(form.multiLine);
  let count = 0;
  const fields: Fields = {};
  for (const [name, raw] of pairs) {
    const values = Array.isArray(raw) ? raw : [raw];
    count += values.length;
    if (count > maxFields) return { ok: false, status: 400, reason: 'tooManyFields' };
    if (!allowed.has(name)) return { ok: false, status: 400, reason: 'unknownField', field: name };
    if (values.some((value) => typeof value !== 'string')) return { ok: false, status: 400, reason: 'malformed', field: name };
    const strings = values as string[];
    if (!multiLine.has(name) && strings.some((value) => /[\r\n]/.test(value))) return { ok: false, status: 400, reason: 'lineBreak', field: name };
    if (lists.has(name)) {
      const existing = fields[name];
      fields[name] = [...(Array.isArray(existing) ? existing : existing ? [existing] : []), ...strings];
    } else {
      if (name in fields || strings.length !== 1) return { ok: false, status: 400, reason: 'notAList', field: name };
      fields[name] = strings[0]!;
    }
  }
  return { ok: true, fields, format };
}
