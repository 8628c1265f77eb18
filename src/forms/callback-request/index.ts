/**
 * The safe call-back request: everything that defines the form, in this folder (schema.ts,
 * layout.ts). It goes to one partner service, so it does not route by area.
 */
import { callbackRequestLayout } from './layout.ts';
import { callbackRequestMultiLine, callbackRequestSchema } from './schema.ts';

export const callbackRequest = {
  id: 'callback-request',
  schema: callbackRequestSchema,
  layout: callbackRequestLayout,
  multiLine: callbackRequestMultiLine,
} as const;
