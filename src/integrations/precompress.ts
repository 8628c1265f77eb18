/**
 * An Astro integration that, after the build, writes a gzip and a brotli copy beside every
 * text file in dist/ (HTML, CSS, JavaScript, JSON, SVG), so the server can send the smaller
 * one the browser accepts without compressing on every request. Runs after the security
 * headers integration, so dist/404.html is compressed too.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const compressible = /\.(html|css|js|mjs|json|svg|txt|xml)$/;

export function precompressIntegration(): AstroIntegration {
  return {
    name: 'waypoint:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const entries = await readdir(root, { recursive: true, withFileTypes: true });
        let raw = 0;
        let brotli = 0;
        let count = 0;
        for (const entry of entries) {
          if (!entry.isFile() || !compressible.test(entry.name)) continue;
          const file = join(entry.parentPath, entry.name);
          const body = await readFile(file);
          const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
          await writeFile(`${file}.gz`, gzipSync(body, { level: 9 }));
          await writeFile(`${file}.br`, br);
          raw += body.length;
          brotli += br.length;
          count += 1;
        }
        logger.info(`precompressed ${count} files: ${(raw / 1024).toFixed(0)} KB → ${(brotli / 1024).toFixed(0)} KB with brotli`);
      },
    },
  };
}
