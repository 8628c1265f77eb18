/**
 * A directory record as one locale shows it: text resolved to that language (English where
 * no translation exists, marked so), taxonomy kept as ids. The static browse pages and the
 * search island both render these, through the one ServiceCard component.
 */
import type { ServiceRecord } from './service-schema.ts';
import { defaultLocale } from '../i18n/locales.ts';
import type { Community, Feature, Nation, Need } from './taxonomy.ts';

export interface LocalText {
  text: string;
  /** Set when the text is the English fallback inside another language's page. */
  lang?: 'en';
}

export interface DirectoryEntry {
  id: string;
  /** Who runs it ("Dogs Trust"), shown beside the service's own name ("Freedom Project"). */
  organization: string;
  name: LocalText;
  description: LocalText;
  eligibility?: LocalText;
  needs: Need[];
  communities: Community[];
  features: Feature[];
  /** Nations the service covers (UK-wide services list all four). */
  nations: Nation[];
  /** Region names and local authority codes, as recorded. */
  places: string[];
  /** The areas it covers, as keys an area is matched by (see areas/area.ts coverKeys). */
  covers: string[];
  ukWide: boolean;
  /**
   * How local it is, by the narrowest area it names: 0 a council, 1 a police force area, 2 an
   * English region, 3 a nation, 4 the UK. Choosing a place lists the most local services first.
   */
  scope: Scope;
  /** Names of the councils and towns it covers, so typing "Rotherham" finds it (searched, not shown). */
  placeWords?: string;
  languages: string[];
  phones: { number: string; description?: LocalText; hours: '24/7' | 'check'; text: boolean; bsl: boolean }[];
  url?: string;
  checked: string;
  /** The newest date among its sources (YYYY, YYYY-MM or YYYY-MM-DD): how old the facts may be. */
  sourceDate: string;
  unverified: boolean;
  byAndFor: boolean;
  refuge: boolean;
  sources: { publisher: string; url: string }[];
}

export type Scope = 0 | 1 | 2 | 3 | 4;

/** The names a cover key stands for ("la:rotherham" → Rotherham and its towns), from the area data. */
export type PlaceWords = (coverKey: string) => readonly string[];

const scopeOfKey = (key: string): Scope =>
  key.startsWith('la:') || key.startsWith('gss:') ? 0 : key.startsWith('force:') ? 1 : key.startsWith('region:') ? 2 : key.startsWith('nation:') ? 3 : 4;

/**
 * The newest source date. Records converted from the shared national data (before sources
 * carried dates) recorded the newest source's date as `checked`, so that stands in for them.
 */
function newestSourceDate(record: ServiceRecord): string {
  const dates = record.source.flatMap((source) => (source.date ? [source.date] : []));
  return dates.length > 0 ? dates.sort().at(-1)! : record.checked.toISOString().slice(0, 10);
}

const allNations: Nation[] = ['england', 'wales', 'scotland', 'northern-ireland'];
/** GSS codes start with the nation's letter: E06000052 is in England. */
const nationOfCode: Record<string, Nation> = { E: 'england', W: 'wales', S: 'scotland', N: 'northern-ireland' };

function local(value: Record<string, string> | undefined, locale: string): LocalText | undefined {
  if (!value) return undefined;
  const own = value[locale];
  return own ? { text: own } : { text: value.en!, ...(locale === defaultLocale ? {} : { lang: 'en' as const }) };
}

export function toEntry(record: ServiceRecord, locale: string, placeWords?: PlaceWords): DirectoryEntry {
  const { service } = record;
  const ukWide = record.service_areas.some((area) => area.type === 'uk');
  const nations = ukWide
    ? allNations
    : [
        ...new Set(
          record.service_areas.flatMap((area) => (area.type === 'local-authority' ? [nationOfCode[area.code[0]!]!] : area.type === 'uk' ? [] : [area.nation])),
        ),
      ];
  const covers = record.service_areas.flatMap((area) =>
    area.type === 'uk' ? ['uk'] : area.type === 'nation' ? [`nation:${area.nation}`] : area.type === 'region' ? area.covers : [`gss:${area.code}`],
  );
  const eligibility = local(service.eligibility, locale);
  const words = placeWords ? [...new Set(covers.flatMap((key) => placeWords(key)))].join(' ') : '';
  return {
    id: record.id,
    organization: record.organization.name,
    name: local(service.name, locale)!,
    description: local(service.description, locale)!,
    ...(eligibility ? { eligibility } : {}),
    needs: record.taxonomy.needs,
    communities: record.taxonomy.communities,
    features: record.taxonomy.features,
    nations,
    places: record.service_areas.flatMap((area) => (area.type === 'region' ? [area.region] : area.type === 'local-authority' ? [area.code] : [])),
    covers: [...new Set(covers)],
    ukWide,
    scope: Math.min(...covers.map(scopeOfKey)) as Scope,
    ...(words ? { placeWords: words } : {}),
    languages: service.languages,
    phones: record.phones.map((phone) => {
      const description = local(phone.description, locale);
      return { number: phone.number, hours: phone.hours, text: phone.text, bsl: phone.bsl, ...(description ? { description } : {}) };
    }),
    ...(service.url ? { url: service.url } : {}),
    checked: record.checked.toISOString().slice(0, 10),
    sourceDate: newestSourceDate(record),
    unverified: record.unverified,
    byAndFor: record.by_and_for,
    refuge: record.taxonomy.needs.includes('refuge') || record.locations.some((location) => location.type === 'virtual' && location.confidential),
    sources: record.source.map(({ publisher, url }) => ({ publisher, url })),
  };
}
