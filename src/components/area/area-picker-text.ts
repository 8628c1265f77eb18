/** The area typeahead's words in a locale, from the search namespace; `label` and `hint` say what the place is for. */
import type { Translate } from '../../i18n/translator.ts';
import type { UIKey } from '../../i18n/keys.ts';
import { rawString } from '../../i18n/resources.ts';
import type { AreaPickerText } from './AreaPicker.tsx';

/** Every plural form a language has, raw, so the island can pick with Intl.PluralRules and fill {{count}}. */
export const pluralForms = (locale: string, namespace: string, key: string): Record<string, string> =>
  Object.fromEntries(new Intl.PluralRules(locale).resolvedOptions().pluralCategories.map((form) => [form, rawString(locale, namespace, `${key}_${form}`)]));

export function areaPickerText(t: Translate, locale: string, words: { label: UIKey; hint: UIKey }): AreaPickerText {
  return {
    label: t(words.label),
    hint: t(words.hint),
    loading: t('search:areaLoading'),
    none: t('search:areaNone'),
    latinOnly: t('search:areaLatinOnly'),
    in: rawString(locale, 'search', 'areaIn'),
    clear: t('search:areaClear'),
    count: pluralForms(locale, 'search', 'areaCount'),
  };
}
