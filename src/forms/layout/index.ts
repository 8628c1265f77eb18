import { callbackRequestLayout } from './callback-request.ts';
import { disclosureRequestLayout } from './disclosure-request.ts';
import type { FormSpec } from './types.ts';

/** Every form with a page, by id (the same ids as the handler's, src/forms/index.ts). */
export const formLayouts: Record<string, FormSpec> = {
  'disclosure-request': disclosureRequestLayout,
  'callback-request': callbackRequestLayout,
};
