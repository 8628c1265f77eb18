/** The UI strings for Astro pages, bundled at build time from locales/<lang>/<namespace>.json. */
import { resourcesFromFiles } from './translator.ts';

const files = import.meta.glob('../../locales/*/*.json', { eager: true, import: 'default' });

export const resources = resourcesFromFiles(files);
