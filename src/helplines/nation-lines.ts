/**
 * The four nations' lines as the islands take them: in the locale's order, each with its
 * nation's name, so a number is never shown without the nation it serves.
 */
import { getCollection } from 'astro:content';
import type { Helpline } from '../components/HelplineLinks.tsx';
import type { Translate } from '../i18n/translator.ts';
import { helplineOrder } from './talk-now.ts';

export async function nationLines(t: Translate, locale: string): Promise<Helpline[]> {
  const lines = (await getCollection('helplines')).map(({ data }) => data);
  return helplineOrder(locale).flatMap((nation) =>
    lines.filter((line) => line.nation === nation).map((line) => ({ nation: t(`directory:nation.${nation}`), name: line.name, number: line.number })),
  );
}
