/** The safe call-back request: a name, what to avoid, then safe contact. */
import { safeContactStep } from '../shared/safe-contact-layout.ts';
import type { FormSpec } from '../shared/layout-types.ts';
import type { CallbackRequest } from './schema.ts';

export const callbackRequestLayout: FormSpec<keyof CallbackRequest & string> = {
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
