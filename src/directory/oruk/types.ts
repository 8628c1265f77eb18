/**
 * The Open Referral UK JSON we read and write: HSDS 3.0 services with their organization,
 * phones, schedules, service areas, locations (service_at_locations) and taxonomy terms
 * (HSDS 3 `attributes`, or ORUK v1 `service_taxonomys`, which many council feeds still
 * publish). Only the fields the directory uses are typed; everything else is ignored.
 */
export interface OrukTerm {
  id?: string;
  code?: string;
  name?: string;
  description?: string;
  term?: string;
  taxonomy?: string;
  vocabulary?: string;
}

/** HSDS 3 objects carry a UUID and, when nested, the id of what they belong to. */
interface Ids {
  id?: string;
  service_id?: string;
}

export interface OrukLocation extends Ids {
  location_type?: string;
  name?: string;
  addresses?: unknown[];
  postcode?: string;
}

export interface OrukService {
  id?: string;
  organization_id?: string;
  name?: unknown;
  description?: unknown;
  url?: string;
  email?: string;
  status?: string;
  eligibility_description?: string;
  fees_description?: string;
  assured_date?: string;
  last_modified?: string;
  organization?: { id?: string; name?: string; description?: string; website?: string; url?: string };
  phones?: (Ids & { number?: string; description?: string })[];
  contacts?: { phones?: { number?: string; description?: string }[] }[];
  schedules?: (Ids & { description?: string })[];
  service_areas?: (Ids & { name?: string; description?: string; service_area?: string; extent_type?: string; uri?: string })[];
  languages?: ((Ids & { code?: string; name?: string }) | string)[];
  service_at_locations?: (Ids & { location_id?: string; location?: OrukLocation })[];
  attributes?: { id?: string; link_id?: string; link_type?: string; taxonomy_term_id?: string; taxonomy_term?: OrukTerm }[];
  service_taxonomys?: { taxonomy?: OrukTerm }[];
  /** Our own extension: what HSDS has no field for, so export → import loses nothing. */
  'x-waypoint'?: WaypointExtension;
}

export interface WaypointExtension {
  record: unknown;
}

const contentOf = (page: unknown) => (page as { content?: unknown } | null)?.content;

/**
 * A feed is a bare array of services, a paginated API page ({ content: [...] }), or a dump of
 * such pages ([{ content: [...] }, { content: [...] }]), as councils' APIs are often saved.
 */
export function servicesOf(feed: unknown): unknown[] | undefined {
  if (Array.isArray(feed)) {
    const pages = feed.length > 0 && feed.every((page) => Array.isArray(contentOf(page)));
    return pages ? feed.flatMap((page) => contentOf(page) as unknown[]) : feed;
  }
  const content = contentOf(feed);
  return Array.isArray(content) ? content : undefined;
}
