/**
 * An Astro integration that, after the build, hashes every inline script and <style> in
 * dist/, fails the build on style="" attributes, and writes dist/_headers, dist/_redirects and dist/404.html.
 */
import type { AstroIntegration } from 'astro';
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { securityHeaders } from '../security/headers.ts';
import { formatHeadersFile } from '../security/headers-file.ts';
import { hasStyleAttribute, inlineScriptHashes, inlineStyleHashes } from '../security/inline-scripts.ts';
import { defaultLocale } from '../i18n/locales.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
}

export function securityHeadersIntegration(): AstroIntegration {
  return {
    name: 'waypoint:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const scripts = new Set<string>();
        const styles = new Set<string>();
        for (const file of await htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          if (hasStyleAttribute(html)) throw new Error(`${file} has a style="" attribute, which the CSP blocks. Use a class and the stylesheet.`);
          for (const hash of inlineScriptHashes(html)) scripts.add(hash);
          for (const hash of inlineStyleHashes(html)) styles.add(hash);
        }
        const headers = securityHeaders({ scriptHashes: [...scripts], styleHashes: [...styles], tls: true });
        await writeFile(join(root, '_headers'), formatHeadersFile(headers, '/_astro/*'));
        await writeFile(join(root, '_redirects'), `/ /${defaultLocale}/ 302\n`);
        // Static hosts serve /404.html for unknown paths; the Node server picks the locale's own.
        await copyFile(join(root, defaultLocale, '404', 'index.html'), join(root, '404.html'));
        logger.info(`wrote _headers with ${scripts.size} inline script and ${styles.size} inline style hash(es)`);
      },
    },
  };
}
