import { callbackRequestLayout } from './callback-request.ts';
import { disclosureRequestLayout } from './disclosure-request.ts';
import type { FormSpec } from './types.ts';

/** Every form with a page, by id (the same ids as the handler's, src/forms/index.ts). */
export const formLayouts = {
  'disclosure-request': disclosureRequestLayout,
  'callback-request': callbackRequestLayout,
} satisfies Record<string, FormSpec>;

export type FormId = keyof typeof formLayouts;

export const isFormId = (id: string): id is FormId => Object.hasOwn(formLayouts, id);
