/**
 * An Astro integration that, after the build, writes a gzip and a brotli copy beside every
 * text file in dist/ (HTML, CSS, JavaScript, JSON, SVG), so the server can send the smaller
 * one the browser accepts without compressing on every request. Runs after the security
 * headers integration, so dist/404.html is compressed too. Brotli at quality 11 is most of the
 * build's time, so files are compressed on zlib's thread pool, one per core at a time.
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export const compressible = /\.(html|css|js|mjs|json|svg|txt|xml)$/;

export function precompressIntegration(): AstroIntegration {
  return {
    name: 'waypoint:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const entries = await readdir(root, { recursive: true, withFileTypes: true });
        const files = entries.filter((entry) => entry.isFile() && compressible.test(entry.name)).map((entry) => join(entry.parentPath, entry.name));
        let raw = 0;
        let brotli = 0;
        const compress = async (file: string) => {
          const body = await readFile(file);
          const [br, gz] = await Promise.all([
            brotliAsync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
            gzipAsync(body, { level: 9 }),
          ]);
          await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
          raw += body.length;
          brotli += br.length;
        };
        // A few workers take files from one queue: as many at once as the machine has cores.
        const queue = [...files];
        const worker = async () => {
          for (let file = queue.pop(); file !== undefined; file = queue.pop()) await compress(file);
        };
        await Promise.all(Array.from({ length: availableParallelism() }, worker));
        logger.info(`precompressed ${files.length} files: ${(raw / 1024).toFixed(0)} KB → ${(brotli / 1024).toFixed(0)} KB with brotli`);
      },
    },
  };
}
