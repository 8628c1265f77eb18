/**
 * Finds the inline scripts and <style> elements in built HTML, so their hashes can go into
 * the CSP instead of 'unsafe-inline'. Used at build time and again by the tests, which
 * check the hashes in the headers against the pages actually served.
 */
import { createHash } from 'node:crypto';

const inlineScript = /<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi;
const inlineStyleElement = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const styleAttribute = /<[a-z][^>]*\sstyle\s*=\s*["']/i;

export function sha256(content: string): string {
  return `sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}`;
}

export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(inlineScript)].map((match) => sha256(match[1] ?? ''));
}

/** <style> elements (Astro adds one for islands) are allowed by hash, like scripts. */
export function inlineStyleHashes(html: string): string[] {
  return [...html.matchAll(inlineStyleElement)].map((match) => sha256(match[1] ?? ''));
}

/** A style="" attribute cannot be allowed by hash without 'unsafe-hashes': say so at build time. */
export function hasStyleAttribute(html: string): boolean {
  return styleAttribute.test(html);
}
