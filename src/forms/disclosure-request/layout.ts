/** The Clare's Law request, step by step: who is asking, the person at risk, the person of concern, children, police force, safe contact. */
import { askingFor, childrenAnswers, type DisclosureRequest } from './schema.ts';
import { yesNoUnsure } from '../shared/safe-contact.ts';
import { safeContactStep } from '../shared/safe-contact-layout.ts';
import { includes, type FormSpec } from '../shared/layout-types.ts';

export const disclosureRequestLayout: FormSpec<keyof DisclosureRequest & string> = {
  id: 'disclosure-request',
  steps: [
    {
      id: 'applicant',
      fields: [
        { name: 'askingFor', kind: 'radios', options: askingFor, optionSet: 'askingFor' },
        { name: 'applicantFirstName', kind: 'text', autocomplete: 'off' },
        { name: 'applicantLastName', kind: 'text', autocomplete: 'off' },
        { name: 'applicantDateOfBirth', kind: 'date' },
      ],
    },
    {
      id: 'atRisk',
      showIf: includes('askingFor', 'someone-else'),
      fields: [
        { name: 'atRiskName', kind: 'text', autocomplete: 'off' },
        { name: 'atRiskRelationship', kind: 'text' },
        { name: 'atRiskAware', kind: 'radios', options: yesNoUnsure, optionSet: 'yesNoUnsure' },
      ],
    },
    {
      id: 'concern',
      fields: [
        { name: 'concernName', kind: 'text', autocomplete: 'off' },
        { name: 'concernAliases', kind: 'text', autocomplete: 'off' },
        { name: 'concernDateOfBirth', kind: 'date' },
        { name: 'concernApproxAge', kind: 'age' },
        { name: 'concernAddresses', kind: 'textarea' },
        { name: 'concernRelationship', kind: 'text' },
      ],
    },
    {
      id: 'children',
      fields: [
        { name: 'children', kind: 'radios', options: childrenAnswers, optionSet: 'children' },
        { name: 'childrenAges', kind: 'text', showIf: includes('children', 'yes') },
        { name: 'reason', kind: 'textarea' },
      ],
    },
    { id: 'force', fields: [{ name: 'force', kind: 'force' }] },
    safeContactStep,
  ],
};
