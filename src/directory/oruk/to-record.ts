/**
 * One Open Referral UK service → one directory record, validated with the record schema.
 * Our own export carries the whole record in "x-waypoint", so it comes back unchanged;
 * other publishers' services are mapped field by field, and what cannot be mapped is said.
 */
import { serviceSchema, type ServiceRecord } from '../service-schema.ts';
import { nations } from '../taxonomy.ts';
import { mapTerm } from './taxonomy-map.ts';
import type { OrukService } from './types.ts';

export interface ImportContext {
  /** Where the feed came from: recorded as every imported record's source. */
  sourceUrl: string;
  /** Used as `checked` when the service has no assured_date or last_modified. */
  today: string;
}

export type Converted = { ok: true; record: ServiceRecord; unmapped: string[] } | { ok: false; problems: string[] };

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const slug = (value: string) => value.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
const nationNames: Record<string, (typeof nations)[number]> = { england: 'england', wales: 'wales', scotland: 'scotland', 'northern ireland': 'northern-ireland' };

function areasOf(service: OrukService): { areas: unknown[]; problems: string[] } {
  const areas: unknown[] = [];
  const problems: string[] = [];
  (service.service_areas ?? []).forEach((area, index) => {
    const name = (area.name ?? area.service_area ?? '').trim();
    const code = /\b[ENSW]\d{8}\b/.exec(`${area.uri ?? ''} ${name}`)?.[0];
    if (/^(uk|united kingdom)$/i.test(name)) areas.push({ type: 'uk' });
    else if (nationNames[name.toLowerCase()]) areas.push({ type: 'nation', nation: nationNames[name.toLowerCase()] });
    else if (code) areas.push({ type: 'local-authority', code });
    else problems.push(`service_areas.${index}: "${name}" is not the UK, a nation or a local authority with a GSS code`);
  });
  return { areas, problems };
}

export function toRecord(service: OrukService, context: ImportContext): Converted {
  const extension = service['x-waypoint'];
  if (extension) {
    const parsed = serviceSchema.safeParse(extension.record);
    return parsed.success ? { ok: true, record: parsed.data, unmapped: [] } : { ok: false, problems: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) };
  }

  const unmapped: string[] = [];
  const taxonomy = { needs: [] as string[], communities: [] as string[], features: [] as string[] };
  const terms = [...(service.attributes ?? []).map((item) => item.taxonomy_term), ...(service.service_taxonomys ?? []).map((item) => item.taxonomy)];
  for (const term of terms) {
    if (!term) continue;
    const mapped = mapTerm(term);
    if (!mapped) unmapped.push(term.name ?? term.term ?? term.code ?? '?');
    else if (mapped.kind === 'need') taxonomy.needs.push(mapped.id);
    else if (mapped.kind === 'community') taxonomy.communities.push(mapped.id);
    else taxonomy.features.push(mapped.id);
  }
  for (const key of ['needs', 'communities', 'features'] as const) taxonomy[key] = [...new Set(taxonomy[key])];

  const { areas, problems } = areasOf(service);
  const refuge = taxonomy.needs.includes('refuge');
  const address = service.service_at_locations?.map((item) => item.location).find((location) => location?.location_type !== 'virtual' && (location?.addresses?.length ?? 0) > 0);
  const phones = [...(service.phones ?? []), ...(service.contacts ?? []).flatMap((contact) => contact.phones ?? [])];
  const name = text(service.name);
  const description = text(service.description);
  const eligibility = text(service.eligibility_description);
  const fees = text(service.fees_description);

  const candidate = {
    id: slug(text(service.id) ?? name ?? ''),
    organization: { name: text(service.organization?.name), ...(text(service.organization?.website ?? service.organization?.url) ? { url: text(service.organization?.website ?? service.organization?.url) } : {}) },
    service: {
      name: name ? { en: name } : undefined,
      description: description ? { en: description } : undefined,
      ...(text(service.url) ? { url: text(service.url) } : {}),
      ...(text(service.email) ? { email: text(service.email) } : {}),
      status: service.status === 'active' || !service.status ? 'active' : 'inactive',
      ...(eligibility ? { eligibility: { en: eligibility } } : {}),
      ...(fees ? { fees: { en: fees } } : {}),
      languages: (service.languages ?? []).map((language) => (typeof language === 'string' ? language : language.code)).filter(Boolean),
    },
    phones: phones.map((phone) => ({ number: text(phone.number), hours: 'check', text: false, bsl: false, ...(text(phone.description) ? { description: { en: text(phone.description) } } : {}) })),
    schedules: (service.schedules ?? []).flatMap((schedule) => (text(schedule.description) ? [{ description: { en: text(schedule.description) } }] : [])),
    service_areas: areas,
    // A refuge's address is never published, whatever the feed says.
    locations: refuge ? [{ type: 'virtual', confidential: true }] : address ? [{ type: 'physical', address: JSON.stringify(address.addresses?.[0]).replace(/[{}"]/g, '').slice(0, 200) }] : [{ type: 'virtual', confidential: false }],
    taxonomy,
    source: [{ publisher: new URL(context.sourceUrl).hostname, url: context.sourceUrl }],
    checked: (text(service.assured_date) ?? text(service.last_modified) ?? context.today).slice(0, 10),
  };
  if (candidate.service.languages.length === 0) candidate.service.languages = ['en'];
  const parsed = serviceSchema.safeParse(candidate);
  const issues = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  if (problems.length > 0 || !parsed.success) return { ok: false, problems: [...problems, ...issues] };
  return { ok: true, record: parsed.data, unmapped };
}
