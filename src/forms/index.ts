/**
 * Every form, by id: POST /api/forms/<id> and /<locale>/forms/<id>/. Each form's folder defines
 * it (schema, layout, routing); this registry gives the handler what it checks a post against
 * (its fields, anything else refused, and which may hold line breaks) and the pages their layout.
 */
import type { AnyObjectSchema } from 'yup';
import { callbackRequest } from './callback-request/index.ts';
import { disclosureRequest } from './disclosure-request/index.ts';
import type { FormSpec } from './shared/layout-types.ts';

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

interface FormParts {
  id: string;
  schema: AnyObjectSchema;
  layout: FormSpec;
  multiLine: readonly string[];
  routeBy?: string;
}

function define({ id, schema, multiLine, routeBy }: FormParts): FormDefinition {
  const fields = Object.keys(schema.fields);
  const lists = fields.filter((name) => (schema.fields[name] as { type?: string } | undefined)?.type === 'array');
  return { id, schema, fields, multiLine, lists, ...(routeBy ? { routeBy } : {}) };
}

const all = { 'disclosure-request': disclosureRequest, 'callback-request': callbackRequest } satisfies Record<string, FormParts>;

export type FormId = keyof typeof all;

export const isFormId = (id: string): id is FormId => Object.hasOwn(all, id);

export const forms: Record<string, FormDefinition> = Object.fromEntries(Object.entries(all).map(([id, parts]) => [id, define(parts)]));

/** Every form's steps and fields, by id: what the island and the form page lay out. */
export const formLayouts: Record<FormId, FormSpec> = { 'disclosure-request': disclosureRequest.layout, 'callback-request': callbackRequest.layout };

export { honeypotField } from './shared/rules.ts';
