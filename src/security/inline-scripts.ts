/**
 * Finds the inline scripts and styles in built HTML, so their hashes can go into the
 * CSP instead of 'unsafe-inline'. Used at build time and again by the tests, which
 * check the hashes in the headers against the pages actually served.
 */
import { createHash } from 'node:crypto';

const inlineScript = /<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi;
const inlineStyle = /<style\b[^>]*>|\sstyle\s*=\s*["']/i;

export function sha256(content: string): string {
  return `sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}`;
}

export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(inlineScript)].map((match) => sha256(match[1] ?? ''));
}

/** style-src is 'self' only, so an inline style would be blocked: say so at build time. */
export function hasInlineStyle(html: string): boolean {
  return inlineStyle.test(html);
}
