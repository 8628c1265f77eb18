/**
 * A whole feed: every service converted and validated before anything is written, so a
 * bad record stops the import with every problem named (record number, id and field).
 */
import type { ServiceRecord } from '../service-schema.ts';
import { toRecord, type ImportContext } from './to-record.ts';
import { servicesOf, type OrukService } from './types.ts';

export type FeedResult = { ok: true; records: ServiceRecord[]; unmapped: string[] } | { ok: false; errors: string[] };

export function importFeed(json: string, context: ImportContext): FeedResult {
  let feed: unknown;
  try {
    feed = JSON.parse(json);
  } catch (error) {
    return { ok: false, errors: [`The file is not valid JSON: ${(error as Error).message}`] };
  }
  const services = servicesOf(feed);
  if (!services) return { ok: false, errors: ['The file is neither a list of services nor an API page with "content": [...]'] };
  const errors: string[] = [];
  const records: ServiceRecord[] = [];
  const unmapped = new Set<string>();
  const ids = new Set<string>();
  services.forEach((raw, index) => {
    const service = (raw ?? {}) as OrukService;
    const label = `services[${index}] (id "${typeof service.id === 'string' ? service.id : '?'}")`;
    const converted = toRecord(service, context);
    if (!converted.ok) {
      for (const problem of converted.problems) errors.push(`${label}: ${problem}`);
      return;
    }
    if (ids.has(converted.record.id)) errors.push(`${label}: id "${converted.record.id}" appears twice in the feed`);
    ids.add(converted.record.id);
    records.push(converted.record);
    for (const term of converted.unmapped) unmapped.add(term);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, records, unmapped: [...unmapped].sort() };
}
