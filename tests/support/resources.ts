/** The UI strings as tests read them, straight from locales/<lang>/<namespace>.json. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Resource } from 'i18next';
import { resourcesFromFiles } from '../../src/i18n/translator.ts';
import { locales } from '../../src/i18n/locales.ts';

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
