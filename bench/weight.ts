/**
 * `npm run bench:weight`: what each page template costs to download, from the built dist/.
 * For the heaviest page of each template: HTML, CSS and JS bytes, raw and gzip, and the
 * total. Budgets: a content page ships no JS but the inline quick exit (< 1 KB), and its
 * HTML + CSS is at most 50 KB gzip. The ratio column is the figure over its budget.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { locales } from '../src/i18n/locales.ts';
import { isResponsePath } from '../src/server/forms/response-kinds.ts';

const dist = join(process.cwd(), 'dist');

interface Weight {
  path: string;
  html: string;
  css: string;
  js: string;
  externalJs: number;
}

const gz = (text: string) => (text ? gzipSync(text, { level: 9 }).length : 0);
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

function templateOf(path: string): string {
  if (path === '/') return 'root redirect';
  if (isResponsePath(path)) return 'form response';
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 1 && locales.some((locale) => locale.code === parts[0])) return 'home';
  if (parts[1] === '404') return 'not found';
  // The directory's front page carries the search island; its browse pages are static lists.
  if (parts[1] === 'directory') return parts.length === 2 ? 'directory search' : 'directory browse';
  if (parts[1] === 'forms') return 'request form';
  return 'content page';
}

/** Content pages that carry an island (the Clare's Law route finder) are weighed apart from plain ones. */
const withIsland = (template: string, html: string) => (template === 'content page' && html.includes('<astro-island') ? 'content + island' : template);

/**
 * Every script a page makes the browser load: <script src>, each island's component and renderer
 * (astro-island component-url / renderer-url / before-hydration-url), and every module those
 * import in turn, each counted once. Counting only the entry scripts missed most of an island.
 */
function loadedScripts(html: string): string[] {
  const seen = new Set<string>();
  const queue = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]!),
    ...[...html.matchAll(/\b(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)].map((match) => match[1]!),
  ].filter((url) => url.startsWith('/'));
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const code = readFileSync(join(dist, url), 'utf8');
    // Minified ES modules: import"./a.js", from"./b.js", import("./c.js").
    for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"']+\.m?js)["']/g))
      queue.push(new URL(match[1]!, `http://x${url}`).pathname);
  }
  return [...seen];
}

function weigh(path: string, html: string): Weight {
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((match) => readFileSync(join(dist, match[1]!), 'utf8')).join('');
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
  const external = loadedScripts(html).map((url) => readFileSync(join(dist, url), 'utf8'));
  return { path, html, css, js: [...inline, ...external].join(''), externalJs: external.length };
}

const pages: Weight[] = [];
for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || entry.name !== 'index.html') continue;
  const dir = relative(dist, entry.parentPath).split(sep).filter(Boolean).join('/');
  const path = dir ? `/${dir}/` : '/';
  pages.push(weigh(path, readFileSync(join(entry.parentPath, entry.name), 'utf8')));
}

const groups = new Map<string, Weight[]>();
for (const page of pages) {
  const template = withIsland(templateOf(page.path), page.html);
  groups.set(template, [...(groups.get(template) ?? []), page]);
}

const pad = (value: string | number, width: number) => String(value).padStart(width);
console.log(`\n${pages.length} pages built\n`);
console.log(
  `${'template'.padEnd(16)} ${'pages'.padStart(5)}  ${'heaviest page'.padEnd(32)} ${'HTML'.padStart(7)} ${'gz'.padStart(6)} ${'CSS'.padStart(7)} ${'gz'.padStart(6)} ${'JS'.padStart(6)} ${'gz'.padStart(6)} ${'total gz'.padStart(9)}`,
);
const heaviest = new Map<string, Weight>();
for (const [template, group] of groups) {
  const page = group.reduce((a, b) => (gz(a.html) + gz(a.css) + gz(a.js) >= gz(b.html) + gz(b.css) + gz(b.js) ? a : b));
  heaviest.set(template, page);
  const total = gz(page.html) + gz(page.css) + gz(page.js);
  console.log(
    `${template.padEnd(16)} ${pad(group.length, 5)}  ${page.path.padEnd(32)} ${pad(bytes(page.html), 7)} ${pad(gz(page.html), 6)} ${pad(bytes(page.css), 7)} ${pad(gz(page.css), 6)} ${pad(bytes(page.js), 6)} ${pad(gz(page.js), 6)} ${pad(total, 9)}`,
  );
}

// Budgets apply to every content page, not only the heaviest.
const content = groups.get('content page') ?? [];
const maxJs = Math.max(...content.map((page) => bytes(page.js)));
const maxExternal = Math.max(...content.map((page) => page.externalJs));
const maxHtmlCss = Math.max(...content.map((page) => gz(page.html) + gz(page.css)));
const budgets = [
  { name: 'content page JS (inline quick exit only), bytes', figure: maxJs, budget: 1024, pass: maxJs < 1024 },
  { name: 'content page external scripts', figure: maxExternal, budget: 0, pass: maxExternal === 0 },
  { name: 'content page HTML + CSS gzip, bytes', figure: maxHtmlCss, budget: 50 * 1024, pass: maxHtmlCss <= 50 * 1024 },
];
console.log('\nbudget                                              figure   budget   ratio');
for (const { name, figure, budget, pass } of budgets) {
  const ratio = budget === 0 ? (figure === 0 ? '0.00' : '∞') : (figure / budget).toFixed(2);
  console.log(`${name.padEnd(50)} ${pad(figure, 7)} ${pad(budget, 8)} ${pad(ratio, 7)}  ${pass ? 'PASS' : 'FAIL'}`);
}
process.exit(budgets.every((budget) => budget.pass) ? 0 : 1);
