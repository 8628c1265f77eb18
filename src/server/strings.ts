/** UI strings for the server, read from locales/<lang>/<namespace>.json on disk. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Resource } from 'i18next';
import { createTranslator, resourcesFromFiles, type Translate } from '../i18n/translator.ts';
import { locales } from '../i18n/locales.ts';

export function loadResources(root: string): Resource {
  const files: Record<string, unknown> = {};
  for (const { code } of locales) {
    const dir = join(root, 'locales', code);
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.json'))) {
      files[`locales/${code}/${name}`] = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    }
  }
  return resourcesFromFiles(files);
}

export function translators(root: string): Map<string, Translate> {
  const resources = loadResources(root);
  return new Map(locales.map(({ code }) => [code, createTranslator(resources, code, 'forms')]));
}
