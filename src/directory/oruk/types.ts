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
  term?: string;
  vocabulary?: string;
}

export interface OrukService {
  id?: string;
  name?: unknown;
  description?: unknown;
  url?: string;
  email?: string;
  status?: string;
  eligibility_description?: string;
  fees_description?: string;
  assured_date?: string;
  last_modified?: string;
  organization?: { id?: string; name?: string; website?: string; url?: string };
  phones?: { number?: string; description?: string }[];
  contacts?: { phones?: { number?: string; description?: string }[] }[];
  schedules?: { description?: string }[];
  service_areas?: { name?: string; service_area?: string; extent_type?: string; uri?: string }[];
  languages?: ({ code?: string } | string)[];
  service_at_locations?: { location?: { location_type?: string; name?: string; addresses?: unknown[]; postcode?: string } }[];
  attributes?: { taxonomy_term?: OrukTerm }[];
  service_taxonomys?: { taxonomy?: OrukTerm }[];
  /** Our own extension: what HSDS has no field for, so export → import loses nothing. */
  'x-waypoint'?: WaypointExtension;
}

export interface WaypointExtension {
  record: unknown;
}

/** A feed is a bare array of services or a paginated API page ({ content: [...] }). */
export function servicesOf(feed: unknown): unknown[] | undefined {
  if (Array.isArray(feed)) return feed;
  const content = (feed as { content?: unknown })?.content;
  return Array.isArray(content) ? content : undefined;
}
