/** The self-check text for a locale at build time: its own file, or the English one until it is translated. */
import { getCollection } from 'astro:content';
import { defaultLocale } from '../i18n/locales.ts';
import type { SelfCheckText } from './schema.ts';

export async function selfCheckText(locale: string): Promise<{ text: SelfCheckText; translated: boolean }> {
  const files = await getCollection('selfCheck');
  const own = files.find((file) => file.id === locale);
  const english = files.find((file) => file.id === defaultLocale);
  if (!english) throw new Error('locales/en/self-check.yaml is missing');
  return { text: (own ?? english).data, translated: own !== undefined };
}
