/** The safe-contact step both forms end with (fields from ./safe-contact.ts). */
import { contactMethods, days, type safeContactFields, yesNo, yesNoUnsure } from './safe-contact.ts';
import { includes, type StepSpec } from './layout-types.ts';

export const safeContactStep: StepSpec<keyof typeof safeContactFields> = {
  id: 'safeContact',
  fields: [
    { name: 'contactMethods', kind: 'checkboxes', options: contactMethods, optionSet: 'contactMethods' },
    { name: 'phone', kind: 'tel', autocomplete: 'off', showIf: includes('contactMethods', 'phone', 'text') },
    { name: 'email', kind: 'email', autocomplete: 'off', showIf: includes('contactMethods', 'email') },
    { name: 'safeDays', kind: 'checkboxes', options: days, optionSet: 'days' },
    { name: 'safeTimes', kind: 'textarea' },
    { name: 'voicemailSafe', kind: 'radios', options: yesNoUnsure, optionSet: 'yesNoUnsure' },
    { name: 'sayWhoWeAre', kind: 'radios', options: yesNoUnsure, optionSet: 'yesNoUnsure' },
    { name: 'safeWord', kind: 'text', autocomplete: 'off' },
    { name: 'language', kind: 'text' },
    { name: 'interpreter', kind: 'radios', options: yesNo, optionSet: 'yesNo' },
    { name: 'bsl', kind: 'radios', options: yesNo, optionSet: 'yesNo' },
  ],
};
