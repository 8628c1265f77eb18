/**
 * Safe call-back request to the portal's partner service: any name, how to get in
 * touch safely, and anything to avoid.
 */
import { object, type InferType } from 'yup';
import { honeypot, honeypotField, multiLine, requiredLine } from '../shared/rules.ts';
import { safeContactFields, safeContactMultiLine } from '../shared/safe-contact.ts';

export const callbackRequestSchema = object({
  name: requiredLine(100),
  avoid: multiLine(500),
  ...safeContactFields,
  [honeypotField]: honeypot(),
});

export type CallbackRequest = InferType<typeof callbackRequestSchema>;

export const callbackRequestMultiLine = ['avoid', ...safeContactMultiLine] as const;
