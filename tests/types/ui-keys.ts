/**
 * Type tests, checked by `npm run typecheck` (tsc): each @ts-expect-error line must be an
 * error, so a key typed wrongly in a component fails the check instead of showing the raw key.
 */
import type { Translate } from '../../src/i18n/translator.ts';
import { message } from '../../src/forms/shared/messages.ts';

declare const common: Translate;
declare const forms: Translate<'forms'>;

common('quickExit.label');
common('search:results', { count: 2 });
forms('errors.required');
forms('common:quickExit.label');

// @ts-expect-error a misspelt key
common('quickExit.lable');
// @ts-expect-error a key from another namespace needs its prefix
common('errors.required');
// @ts-expect-error an unknown namespace
common('nowhere:title');
// @ts-expect-error a plural form is chosen by i18next from the count, never named in code
common('search:results_one');
// @ts-expect-error a validation message that forms.json does not have
message('notAnError');
