/**
 * Validation messages are i18n keys, not English: the same yup schema runs in the
 * browser and on the server, and each side translates the key into the person's
 * language (locales/<lang>/forms.json, under "errors").
 */
import type { ValidationError } from 'yup';
import type { ErrorKey } from '../../i18n/keys.ts';

export interface FieldError {
  /** The field's name, as in the form: "applicantFirstName". */
  path: string;
  /** An i18n key under forms:errors, e.g. "required". */
  key: ErrorKey;
  values?: Record<string, string | number>;
}

/** A yup message: an object, which yup passes through untouched (it must be a plain record). */
export type MessageSpec = { key: ErrorKey; values?: Record<string, string | number> } & Record<string, unknown>;

export const message = (key: ErrorKey, values?: Record<string, string | number>): MessageSpec => (values ? { key, values } : { key });

/** Turns a yup ValidationError (abortEarly: false) into one error per field, first rule first. */
export function fieldErrors(error: ValidationError): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const inner of error.inner.length > 0 ? error.inner : [error]) {
    const path = inner.path ?? '';
    if (seen.has(path)) continue;
    seen.add(path);
    const spec = (typeof inner.message === 'object' ? inner.message : { key: 'invalid' }) as MessageSpec;
    errors.push({ path, key: spec.key, ...(spec.values ? { values: spec.values } : {}) });
  }
  return errors;
}
