/** The safe call-back request: a name, what to avoid, then safe contact. */
import { safeContactStep } from './safe-contact.ts';
import type { FormSpec } from './types.ts';

export const callbackRequestLayout: FormSpec = {
  id: 'callback-request',
  steps: [
    {
      id: 'about',
      fields: [
        { name: 'name', kind: 'text', autocomplete: 'off' },
        { name: 'avoid', kind: 'textarea' },
      ],
    },
    safeContactStep,
  ],
};
