/**
 * Clare's Law "right to ask" request: who is asking, the person at risk, the person of
 * concern, children, what prompted the concern, the police force, and safe contact.
 */
import { object, string, type InferType } from 'yup';
import { message } from '../shared/messages.ts';
import { ageOn, birthDate, choice, honeypot, honeypotField, multiLine, requiredChoice, requiredLine, singleLine } from '../shared/rules.ts';
import { safeContactFields, safeContactMultiLine, yesNoUnsure } from '../shared/safe-contact.ts';
import { policeForceIds } from '../shared/police-forces.ts';

export const askingFor = ['me', 'someone-else'] as const;
export const childrenAnswers = ['yes', 'no', 'unknown'] as const;

export const disclosureRequestSchema = object({
  askingFor: requiredChoice(askingFor),

  applicantFirstName: requiredLine(100),
  applicantLastName: requiredLine(100),
  applicantDateOfBirth: birthDate()
    .required(message('required'))
    .test('applicant-16', message('minAge', { min: 16 }), (value) => !value || ageOn(value, new Date()) >= 16),

  atRiskName: singleLine(100).when('askingFor', { is: 'someone-else', then: (schema) => schema.required(message('required')) }),
  atRiskRelationship: singleLine(100).when('askingFor', { is: 'someone-else', then: (schema) => schema.required(message('required')) }),
  atRiskAware: choice(yesNoUnsure).when('askingFor', { is: 'someone-else', then: (schema) => schema.required(message('choose')) }),

  concernName: requiredLine(100),
  concernAliases: singleLine(200),
  concernDateOfBirth: birthDate(),
  // Digits only (so at most 3, and never a line break): the one message that helps is "enter a number".
  concernApproxAge: string()
    .trim()
    .matches(/^\d{1,3}$/, { message: message('number'), excludeEmptyString: true }),
  concernAddresses: multiLine(500),
  concernRelationship: requiredLine(100),

  children: requiredChoice(childrenAnswers),
  childrenAges: singleLine(100).when('children', { is: 'yes', then: (schema) => schema.required(message('required')) }),

  reason: multiLine(2000).required(message('required')),
  force: requiredChoice(policeForceIds),

  ...safeContactFields,
  [honeypotField]: honeypot(),
});

export type DisclosureRequest = InferType<typeof disclosureRequestSchema>;

export const disclosureRequestMultiLine = ['concernAddresses', 'reason', ...safeContactMultiLine] as const;
