/**
 * What a form page may promise about where a request goes: only what config/recipients.json
 * really does. Read at build time, like the demo banner (demo-mode.ts), so the page and the
 * handler agree. A callback row may name its service ("name"); a disclosure request goes to
 * "the police force you choose" only if every force has a row of its own, otherwise to the
 * service named on the row that serves the rest.
 */
import { readFileSync } from 'node:fs';
import { isDemo, recipientsFile } from '../../server/forms/demo-mode.ts';
import { policeForceIds } from './police-forces.ts';

export type Routing = { kind: 'demo' } | { kind: 'named'; name: string } | { kind: 'each-force' } | { kind: 'unnamed' };

interface Row {
  form?: string;
  force?: string;
  name?: string;
}

export function routingFor(form: string, env: Record<string, string | undefined> = process.env, root = process.cwd()): Routing {
  if (isDemo(env, root)) return { kind: 'demo' };
  let rows: Row[];
  try {
    rows = ((JSON.parse(readFileSync(recipientsFile(env, root), 'utf8')) as { recipients?: Row[] }).recipients ?? []).filter((row) => row.form === form);
  } catch {
    return { kind: 'unnamed' };
  }
  if (form === 'disclosure-request') {
    const own = new Set(rows.flatMap((row) => (row.force ? [row.force] : [])));
    if (policeForceIds.every((force) => own.has(force))) return { kind: 'each-force' };
  }
  const shared = rows.find((row) => !row.force);
  return shared?.name ? { kind: 'named', name: shared.name } : { kind: 'unnamed' };
}
