/**
 * /<locale>/directory/services.json: the directory for the search island, as that locale
 * shows it. Built at build time like every other file; fetched only from this site.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { locales } from '../../../i18n/locales.ts';
import { toEntry } from '../../../directory/entry.ts';
import { byName } from '../../../directory/select.ts';

export const getStaticPaths: GetStaticPaths = () => locales.map((locale) => ({ params: { locale: locale.code } }));

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale!;
  const records = (await getCollection('services')).map((entry) => entry.data).sort(byName(locale));
  return new Response(JSON.stringify(records.map((record) => toEntry(record, locale))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
