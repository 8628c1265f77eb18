/** What the built site contains: every page in every locale, found by walking dist/. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { locales } from '../../src/i18n/locales.ts';
import { inlineScriptHashes, inlineStyleHashes } from '../../src/security/inline-scripts.ts';
import { isResponsePath } from '../../src/server/forms/response-kinds.ts';
import { isSelfCheckTemplate } from '../../src/server/self-check.ts';

export const distDir = join(process.cwd(), 'dist');

export interface BuiltPage {
  locale: string;
  /** URL path, e.g. /cy/privacy/. */
  path: string;
  /** The path without its locale, the same for every translation of a page. */
  slug: string;
}

/** Every page a person can open directly, in every locale (not the handler's response templates). */
export function builtPages(): BuiltPage[] {
  return allBuiltPages().filter((page) => !isResponsePath(page.path) && !isSelfCheckTemplate(page.path));
}

export function templatePages(): BuiltPage[] {
  return allBuiltPages().filter((page) => isResponsePath(page.path));
}

function allBuiltPages(): BuiltPage[] {
  const pages: BuiltPage[] = [];
  for (const locale of locales) {
    const root = join(distDir, locale.code);
    for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || entry.name !== 'index.html') continue;
      const dir = relative(root, entry.parentPath).split(sep).filter(Boolean).join('/');
      pages.push({ locale: locale.code, path: dir ? `/${locale.code}/${dir}/` : `/${locale.code}/`, slug: dir });
    }
  }
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

function allHashes(hashesOf: (html: string) => string[]): string[] {
  const hashes = new Set<string>();
  for (const entry of readdirSync(distDir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.html')) {
      for (const hash of hashesOf(readFileSync(join(entry.parentPath, entry.name), 'utf8'))) hashes.add(hash);
    }
  }
  return [...hashes].sort();
}

/** The hashes of every inline script in the built site: what the CSP must allow. */
export const allInlineScriptHashes = () => allHashes(inlineScriptHashes);

/** The hashes of every inline <style> element in the built site. */
export const allInlineStyleHashes = () => allHashes(inlineStyleHashes);

/** The exact CSP the site must send, written out here rather than built by the code under test. */
export function expectedCsp(): string {
  const list = (hashes: string[]) => ["'self'", ...hashes.map((hash) => `'${hash}'`)].join(' ');
  return (
    `default-src 'self'; script-src ${list(allInlineScriptHashes())}; style-src ${list(allInlineStyleHashes())}; ` +
    "img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
  );
}
