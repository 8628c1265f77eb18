/**
 * Which built pages the browser checks. A browser check costs about 2 s a page, so it runs on
 * one page of each template in each locale, plus every page with an island (its own script
 * could break focus, keys or axe) and every page whose text is written in that locale (its
 * content is its own). Every page, in every locale, is still checked over HTTP and as parsed
 * HTML (every-page-http.test.ts), and by the built-site checks in tests/unit.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, distDir, type BuiltPage } from './site.ts';

export interface CheckedPage extends BuiltPage {
  /** Why the browser checks it: the template it stands for, "island" or "own text". */
  reason: string;
}

const html = (page: BuiltPage) => readFileSync(join(distDir, page.path, 'index.html'), 'utf8');

/** Parts of a content page that change what the browser sees: blocks, islands and boxes. */
const markers: [string, RegExp][] = [
  ['island', /<astro-island/],
  ['easy-read', /class="content-page easy-read"/],
  ['talk-now', /data-talk-now/],
  ['who-can-help', /class="who-can-help"/],
  ['on-this-page', /class="on-this-page"/],
  ['untranslated', /class="notice" role="note"/],
];

/** The template a page is built from, with the variations that matter to a browser. */
export function templateOf(page: BuiltPage, text = html(page)): string {
  const [first] = page.slug.split('/');
  if (page.slug === '') return 'home';
  if (page.slug === '404') return '404';
  if (page.slug === 'directory') return 'directory';
  if (first === 'directory') return 'directory-browse';
  if (first === 'forms') return `form:${page.slug}`;
  return ['content', ...markers.filter(([, pattern]) => pattern.test(text)).map(([name]) => name)].join('+');
}

/** A page whose text is written in its own locale: every English page, and each translation. */
export function hasOwnText(page: BuiltPage): boolean {
  return page.locale === 'en' || existsSync(join(process.cwd(), 'content', 'pages', page.locale, `${page.slug}.md`));
}

export function browserCheckedPages(pages: BuiltPage[] = builtPages()): CheckedPage[] {
  const seen = new Set<string>();
  const chosen: CheckedPage[] = [];
  for (const page of pages) {
    const text = html(page);
    const template = templateOf(page, text);
    const key = `${page.locale} ${template}`;
    const isContent = template.startsWith('content');
    let reason: string | undefined;
    if (!seen.has(key)) reason = `template ${template}`;
    else if (/<astro-island/.test(text)) reason = 'island';
    else if (isContent && hasOwnText(page)) reason = 'own text';
    seen.add(key);
    if (reason) chosen.push({ ...page, reason });
  }
  return chosen;
}
