/**
 * One Open Referral UK service → one directory record, validated with the record schema.
 * Our own export carries the whole record in "x-waypoint", so it comes back unchanged;
 * other publishers' services are mapped field by field, and what cannot be mapped is said.
 */
import { serviceSchema, type ServiceRecord } from '../service-schema.ts';
import type { nations } from '../taxonomy.ts';
import { mapTerm } from './taxonomy-map.ts';
import { htmlToText } from './html-text.ts';
import { needsFromWords } from './relevance.ts';
import type { OrukService } from './types.ts';

export interface ImportContext {
  /** Where the feed came from: recorded as every imported record's source. */
  sourceUrl: string;
  /** The day of the import: every imported record's `checked` (the feed's own date goes on its source). */
  today: string;
  /** The council that publishes the feed: the service area of services that name none. */
  council?: { id: string; name: string; nation: (typeof nations)[number] };
}

export type Converted = { ok: true; record: ServiceRecord; unmapped: string[]; notes: string[] } | { ok: false; problems: string[]; irrelevant?: true };

const text = (value: unknown) => (typeof value === 'string' && htmlToText(value) ? htmlToText(value) : undefined);
/** "www.example.org" as feeds often write it: the address a browser would open. Anything else that is not a URL is dropped. */
const webAddress = (value: unknown) => {
  const raw = typeof value === 'string' ? value.trim().replace(/^(https?):(?!\/\/)/i, '$1://') : '';
  const candidate = /^www\./i.test(raw) ? `https://${raw}` : raw;
  return URL.canParse(candidate) && /^https?:/i.test(candidate) ? candidate : undefined;
};
const slug = (value: string) =>
  value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
const nationNames: Record<string, (typeof nations)[number]> = {
  england: 'england',
  wales: 'wales',
  scotland: 'scotland',
  'northern ireland': 'northern-ireland',
};

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
    return parsed.success
      ? { ok: true, record: parsed.data, unmapped: [], notes: [] }
      : { ok: false, problems: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) };
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
  const name = text(service.name);
  const description = text(service.description);
  if (!name) return { ok: false, problems: ['it has no name'] };
  if (!description) return { ok: false, problems: ['it has no description'] };
  if (service.status && service.status !== 'active') return { ok: false, problems: [`its status is "${service.status}"`] };
  const notes: string[] = [];
  if (taxonomy.needs.length === 0) {
    // No term of ours: a service is relevant only if its own words clearly name domestic or sexual abuse.
    const needs = needsFromWords(`${name} ${description}`);
    if (needs.length === 0) return { ok: false, problems: ['nothing in its terms or words says domestic or sexual abuse'], irrelevant: true };
    taxonomy.needs.push(...needs);
    notes.push(`needs taken from its description: ${needs.join(', ')}`);
  }
  for (const key of ['needs', 'communities', 'features'] as const) taxonomy[key] = [...new Set(taxonomy[key])];

  const { areas, problems } = areasOf(service);
  if (areas.length === 0 && problems.length === 0 && context.council) {
    areas.push({ type: 'region', region: context.council.name, nation: context.council.nation, covers: [`la:${context.council.id}`] });
    notes.push(`no service area in the feed: set to ${context.council.name}`);
  }
  const refuge = taxonomy.needs.includes('refuge');
  const address = service.service_at_locations
    ?.map((item) => item.location)
    .find((location) => location?.location_type !== 'virtual' && (location?.addresses?.length ?? 0) > 0);
  const phones = [...(service.phones ?? []), ...(service.contacts ?? []).flatMap((contact) => contact.phones ?? [])];
  const eligibility = text(service.eligibility_description);
  const fees = text(service.fees_description);

  const candidate = {
    id: recordId(service, name, context),
    organization: {
      name: text(service.organization?.name) ?? name,
      ...(webAddress(service.organization?.website ?? service.organization?.url)
        ? { url: webAddress(service.organization?.website ?? service.organization?.url) }
        : {}),
    },
    service: {
      name: name ? { en: name } : undefined,
      description: description ? { en: description } : undefined,
      ...(webAddress(service.url) ? { url: webAddress(service.url) } : {}),
      ...(text(service.email) && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(text(service.email)!) ? { email: text(service.email) } : {}),
      status: service.status === 'active' || !service.status ? 'active' : 'inactive',
      ...(eligibility ? { eligibility: { en: eligibility } } : {}),
      ...(fees ? { fees: { en: fees } } : {}),
      languages: (service.languages ?? [])
        .map((language) => (typeof language === 'string' ? language : language.code))
        .filter((code): code is string => typeof code === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(code)),
    },
    phones: phones.map((phone) => ({
      number: text(phone.number),
      hours: 'check',
      text: false,
      bsl: false,
      ...(text(phone.description) ? { description: { en: text(phone.description) } } : {}),
    })),
    schedules: (service.schedules ?? []).flatMap((schedule) => (text(schedule.description) ? [{ description: { en: text(schedule.description) } }] : [])),
    service_areas: areas,
    // A refuge's address is never published, whatever the feed says.
    locations: refuge
      ? [{ type: 'virtual', confidential: true }]
      : address
        ? [{ type: 'physical', address: JSON.stringify(address.addresses?.[0]).replace(/[{}"]/g, '').slice(0, 200) }]
        : [{ type: 'virtual', confidential: false }],
    taxonomy,
    // The feed is the source; its own date for this service is when the publisher last assured it.
    source: [{ publisher: new URL(context.sourceUrl).hostname, url: context.sourceUrl, ...(feedDate(service) ? { date: feedDate(service) } : {}) }],
    checked: context.today,
  };
  if (candidate.service.languages.length === 0) candidate.service.languages = ['en'];
  const parsed = serviceSchema.safeParse(candidate);
  const issues = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  if (problems.length > 0 || !parsed.success) return { ok: false, problems: [...problems, ...issues] };
  return { ok: true, record: parsed.data, unmapped, notes };
}

/** A feed's own id when it reads as a name; a UUID says nothing, so then the council and the service's name. */
function recordId(service: OrukService, name: string, context: ImportContext): string {
  const own = typeof service.id === 'string' ? service.id.trim() : '';
  if (own && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(own)) return slug(own);
  if (!context.council) return slug(name);
  const named = slug(name);
  return named.startsWith(`${context.council.id}-`) ? named : `${context.council.id}-${named}`;
}

function feedDate(service: OrukService): string | undefined {
  const date = (text(service.assured_date) ?? text(service.last_modified))?.slice(0, 10);
  return date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
}
