/**
 * The forms the handler accepts, by id: POST /api/forms/<id>. Each names its schema,
 * its fields (anything else is refused) and which of them may hold line breaks.
 */
import type { AnyObjectSchema } from 'yup';
import { callbackRequestMultiLine, callbackRequestSchema } from './callback-request.ts';
import { disclosureRequestMultiLine, disclosureRequestSchema } from './disclosure-request.ts';

export interface FormDefinition {
  id: string;
  schema: AnyObjectSchema;
  fields: readonly string[];
  multiLine: readonly string[];
  /** Fields that hold several values (checkbox groups). */
  lists: readonly string[];
  /** The field naming the police force the request is for, if the form routes by force. */
  routeBy?: string;
}

function define(id: string, schema: AnyObjectSchema, multiLine: readonly string[], routeBy?: string): FormDefinition {
  const fields = Object.keys(schema.fields);
  const lists = fields.filter((name) => (schema.fields[name] as { type?: string } | undefined)?.type === 'array');
  return { id, schema, fields, multiLine, lists, ...(routeBy ? { routeBy } : {}) };
}

export const forms: Record<string, FormDefinition> = {
  'disclosure-request': define('disclosure-request', disclosureRequestSchema, disclosureRequestMultiLine, 'force'),
  'callback-request': define('callback-request', callbackRequestSchema, callbackRequestMultiLine),
};

export { honeypotField } from './rules.ts';
