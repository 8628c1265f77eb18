/**
 * The quick-exit script as it is inlined into every page: minified, because it
 * must stay under 1 KB, and minified once per build.
 */
import { transformSync } from 'esbuild';
import source from './quick-exit.js?raw';

let minified: string | undefined;

export const quickExitSource: string = source;

export function quickExitScript(): string {
  minified ??= transformSync(source, { minify: true, target: 'es2020' }).code.trim();
  return minified;
}
