/**
 * An Astro integration that writes, after the build, the data the form handler and server
 * need into dist/_server/ (never served: names starting with "_" are private to the host):
 * the four nations' helplines, the self-check's questions, and the UI strings. The server then
 * reads only dist/ and config/: no YAML, no content/ or locales/ folder, and no development
 * package at run time, so `npm ci --omit=dev && npm run serve` works on a built tree.
 * The build has already validated every file read here (content collections fail on bad data).
 */
import type { AstroIntegration } from 'astro';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { ServerData } from '../server/server-data.ts';

export function serverDataIntegration(): AstroIntegration {
  return {
    name: 'waypoint:server-data',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = process.cwd();
        const helplines = parse(await readFile(join(root, 'content', 'helplines.yaml'), 'utf8')) as { nation: string; name: string; number: string }[];
        const selfCheck = parse(await readFile(join(root, 'locales', 'en', 'self-check.yaml'), 'utf8')) as {
          questions: { id: string; serious?: boolean; children?: boolean }[];
        };
        const strings: Record<string, unknown> = {};
        for (const locale of await readdir(join(root, 'locales'))) {
          for (const name of (await readdir(join(root, 'locales', locale))).filter((file) => file.endsWith('.json'))) {
            strings[`locales/${locale}/${name}`] = JSON.parse(await readFile(join(root, 'locales', locale, name), 'utf8'));
          }
        }
        const data: ServerData = {
          helplines: helplines.map(({ nation, name, number }) => ({ nation, name, number })),
          selfCheckQuestions: selfCheck.questions.map(({ id, serious, children }) => ({
            id,
            ...(serious ? { serious } : {}),
            ...(children ? { children } : {}),
          })),
          strings,
        };
        const out = join(fileURLToPath(dir), '_server');
        await mkdir(out, { recursive: true });
        await writeFile(join(out, 'data.json'), JSON.stringify(data));
        logger.info(`wrote _server/data.json (${data.helplines.length} helplines, ${data.selfCheckQuestions.length} self-check questions)`);
      },
    },
  };
}
