/**
 * The server (src/server/start.ts and everything it imports) uses only packages listed under
 * `dependencies`, and no content/ or locales/ file: what it needs from them the build wrote
 * into dist/_server/. esbuild's metafile lists every module the server would load.
 */
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { expect, test } from 'vitest';

test('the server imports only production packages, and reads no source data at run time', async () => {
  const result = await build({
    entryPoints: ['src/server/start.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const packages = new Set<string>();
  for (const input of Object.values(result.metafile.inputs)) {
    for (const imported of input.imports) {
      if (!imported.external || imported.path.startsWith('node:')) continue;
      packages.add(
        imported.path
          .split('/')
          .slice(0, imported.path.startsWith('@') ? 2 : 1)
          .join('/'),
      );
    }
  }
  const { dependencies } = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
  expect([...packages].filter((name) => !(name in dependencies))).toEqual([]);
  expect(packages).not.toContain('yaml');
  expect(packages).not.toContain('astro');
  const sources = Object.keys(result.metafile.inputs).filter((file) => !file.startsWith('src/'));
  expect(sources).toEqual([]);
  for (const file of Object.keys(result.metafile.inputs)) expect(readFileSync(file, 'utf8'), file).not.toMatch(/['"`]content['"`]|join\([^)]*'locales'/);
});
