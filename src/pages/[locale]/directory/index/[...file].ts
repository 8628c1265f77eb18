/**
 * /<locale>/directory/index/…: the directory's search index for that locale (the
 * prefix-sharded design chosen by `npm run bench:search`), written as static files.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { locales } from '../../../../i18n/locales.ts';
import { createTranslator } from '../../../../i18n/translator.ts';
import { resources } from '../../../../i18n/resources.ts';
import { toEntry } from '../../../../directory/entry.ts';
import { byName } from '../../../../directory/select.ts';
import { cardLabels, entryLabeller } from '../../../../directory/card-labels.ts';
import { entryTokens, searchableText } from '../../../../directory/filter.ts';
import { buildPrefixIndex } from '../../../../directory/prefix-index/build.ts';
import { areaData } from '../../../../areas/load.ts';
import { placeWordsFor } from '../../../../areas/place-words.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const records = (await getCollection('services')).map((entry) => entry.data);
  const { files: areaFiles } = await areaData();
  return locales.flatMap(({ code }) => {
    const placeWords = placeWordsFor(areaFiles, code);
    const entries = [...records].sort(byName(code)).map((record) => toEntry(record, code, placeWords));
    const labeller = entryLabeller(cardLabels(createTranslator(resources, code), code));
    const files = buildPrefixIndex(entries, (entry) => searchableText(entry, labeller), entryTokens);
    return [...files].map(([file, body]) => ({ params: { locale: code, file }, props: { body } }));
  });
};

export const GET: APIRoute = ({ props }) => new Response(props.body as string, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
