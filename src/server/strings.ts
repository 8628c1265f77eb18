/** UI strings for the server: from dist/_server/data.json, which the build wrote from locales/<lang>/<namespace>.json. */
import { createTranslator, resourcesFromFiles, type Translate } from '../i18n/translator.ts';
import { locales } from '../i18n/locales.ts';
import { serverData } from './server-data.ts';

export function translators(distDir: string): Map<string, Translate<'forms'>> {
  const resources = resourcesFromFiles(serverData(distDir).strings);
  return new Map(locales.map(({ code }) => [code, createTranslator(resources, code, 'forms')]));
}
