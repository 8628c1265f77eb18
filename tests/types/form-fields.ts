/**
 * Type tests, checked by `npm run typecheck`: a form's layout may only name fields its schema
 * has, so a misspelt field cannot silently drop a question from what is sent.
 */
import type { CallbackRequest } from '../../src/forms/callback-request/schema.ts';
import type { FormSpec } from '../../src/forms/shared/layout-types.ts';

export const good: FormSpec<keyof CallbackRequest & string> = { id: 'x', steps: [{ id: 's', fields: [{ name: 'name', kind: 'text' }] }] };

export const misspelt: FormSpec<keyof CallbackRequest & string> = {
  id: 'x',
  steps: [
    {
      id: 's',
      fields: [
        // @ts-expect-error a field the schema does not have
        { name: 'nmae', kind: 'text' },
      ],
    },
  ],
};
