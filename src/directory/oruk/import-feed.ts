/**
 * A whole feed. Each service is converted and validated; what validates is imported and every
 * service left out is reported with its reason (no name, not about domestic abuse, a bad field).
 * With `strict`, one bad service stops the import and nothing is written, as before; services
 * that are simply not about domestic abuse are still only reported.
 */
import type { ServiceRecord } from '../service-schema.ts';
import { toRecord, type ImportContext } from './to-record.ts';
import { servicesOf, type OrukService } from './types.ts';

export interface Skipped {
  /** "services[3] (id "…", "Carpet Cleaning")" */
  label: string;
  reason: string;
  /** Not about domestic abuse: expected in a council's whole directory, never an error. */
  irrelevant: boolean;
}

export type FeedResult = { ok: true; records: ServiceRecord[]; skipped: Skipped[]; notes: string[]; unmapped: string[] } | { ok: false; errors: string[] };

export function importFeed(json: string, context: ImportContext, { strict = false }: { strict?: boolean } = {}): FeedResult {
  let feed: unknown;
  try {
    feed = JSON.parse(json);
  } catch (error) {
    return { ok: false, errors: [`The file is not valid JSON: ${(error as Error).message}`] };
  }
  const services = servicesOf(feed);
  if (!services) return { ok: false, errors: ['The file is neither a list of services nor an API page with "content": [...]'] };
  const records: ServiceRecord[] = [];
  const skipped: Skipped[] = [];
  const notes: string[] = [];
  const unmapped = new Set<string>();
  const ids = new Set<string>();
  services.forEach((raw, index) => {
    const service = (raw ?? {}) as OrukService;
    const name = typeof service.name === 'string' && service.name.trim() ? `, "${service.name.trim()}"` : '';
    const label = `services[${index}] (id "${typeof service.id === 'string' ? service.id : '?'}"${name})`;
    const converted = toRecord(service, context);
    if (!converted.ok) {
      skipped.push({ label, reason: converted.problems.join('; '), irrelevant: converted.irrelevant === true });
      return;
    }
    if (ids.has(converted.record.id)) {
      skipped.push({ label, reason: `id "${converted.record.id}" appears twice in the feed`, irrelevant: false });
      return;
    }
    ids.add(converted.record.id);
    records.push(converted.record);
    for (const note of converted.notes) notes.push(`${label}: ${note}`);
    for (const term of converted.unmapped) unmapped.add(term);
  });
  const errors = skipped.filter((item) => !item.irrelevant);
  if (strict && errors.length > 0) return { ok: false, errors: errors.map((item) => `${item.label}: ${item.reason}`) };
  return { ok: true, records, skipped, notes, unmapped: [...unmapped].sort() };
}
