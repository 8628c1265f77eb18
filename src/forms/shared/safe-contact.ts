/**
 * The safe-contact section both forms carry: how and when it is safe to get in touch,
 * whether a voicemail or saying who is calling is safe, a safe word, and language needs.
 */
import { message } from './messages.ts';
import { choice, choices, emailAddress, multiLine, phoneNumber, requiredChoice, singleLine } from './rules.ts';

export const contactMethods = ['phone', 'text', 'email'] as const;
export const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const yesNoUnsure = ['yes', 'no', 'unsure'] as const;
export const yesNo = ['yes', 'no'] as const;

const needs = (method: string) => (methods: unknown) => Array.isArray(methods) && methods.includes(method);

export const safeContactFields = {
  contactMethods: choices(contactMethods).min(1, message('chooseAtLeastOne')),
  phone: phoneNumber().when('contactMethods', {
    is: (methods: unknown) => needs('phone')(methods) || needs('text')(methods),
    then: (schema) => schema.required(message('required')),
  }),
  email: emailAddress().when('contactMethods', { is: needs('email'), then: (schema) => schema.required(message('required')) }),
  safeDays: choices(days),
  safeTimes: multiLine(200),
  voicemailSafe: requiredChoice(yesNoUnsure),
  sayWhoWeAre: requiredChoice(yesNoUnsure),
  safeWord: singleLine(50),
  language: singleLine(100),
  interpreter: choice(yesNo),
  bsl: choice(yesNo),
};

/** Names of the safe-contact fields that may hold more than one line. */
export const safeContactMultiLine = ['safeTimes'] as const;
