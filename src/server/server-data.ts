/**
 * What the build leaves for the server in dist/_server/data.json (src/integrations/server-data.ts):
 * the server reads this and its HTML templates, never content/ or locales/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ServerData {
  helplines: { nation: string; name: string; number: string }[];
  selfCheckQuestions: { id: string; serious?: boolean; children?: boolean }[];
  /** locales/<code>/<namespace>.json, keyed by that path. */
  strings: Record<string, unknown>;
}

const cache = new Map<string, ServerData>();

export function serverData(distDir: string): ServerData {
  let data = cache.get(distDir);
  if (!data) {
    const file = join(distDir, '_server', 'data.json');
    try {
      data = JSON.parse(readFileSync(file, 'utf8')) as ServerData;
    } catch {
      throw new Error(`${file} is missing. Run "npm run build" first.`);
    }
    cache.set(distDir, data);
  }
  return data;
}
