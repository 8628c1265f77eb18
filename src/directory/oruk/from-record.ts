/**
 * One directory record → one Open Referral UK (HSDS 3.0) service: standard fields for any
 * consumer, taxonomy as attributes in "waypoint-*" vocabularies, and the whole record in
 * "x-waypoint" so that our own import gives back exactly the same record.
 */
import type { ServiceRecord } from '../service-schema.ts';
import type { OrukService } from './types.ts';

const nationNames = { england: 'England', wales: 'Wales', scotland: 'Scotland', 'northern-ireland': 'Northern Ireland' } as const;

export function fromRecord(record: ServiceRecord): OrukService {
  const { service } = record;
  const terms = [
    ...record.taxonomy.needs.map((code) => ({ code, vocabulary: 'waypoint-need' })),
    ...record.taxonomy.communities.map((code) => ({ code, vocabulary: 'waypoint-community' })),
    ...record.taxonomy.features.map((code) => ({ code, vocabulary: 'waypoint-feature' })),
  ];
  return {
    id: record.id,
    name: service.name.en,
    description: service.description.en,
    ...(service.url ? { url: service.url } : {}),
    ...(service.email ? { email: service.email } : {}),
    status: service.status,
    ...(service.eligibility ? { eligibility_description: service.eligibility.en } : {}),
    ...(service.fees ? { fees_description: service.fees.en } : {}),
    assured_date: record.checked.toISOString().slice(0, 10),
    organization: { name: record.organization.name, ...(record.organization.url ? { website: record.organization.url } : {}) },
    phones: record.phones.map((phone) => ({ number: phone.number, ...(phone.description ? { description: phone.description.en } : {}) })),
    schedules: record.schedules.map((schedule) => ({ description: schedule.description.en })),
    service_areas: record.service_areas.map((area) =>
      area.type === 'uk' ? { name: 'United Kingdom' } : area.type === 'nation' ? { name: nationNames[area.nation] } : area.type === 'region' ? { name: area.region } : { name: area.code, uri: area.code },
    ),
    languages: service.languages.map((code) => ({ code })),
    // Confidential locations (refuges) are exported as virtual, with no address.
    service_at_locations: record.locations.map((location) => ({ location: location.type === 'virtual' ? { location_type: 'virtual' } : { location_type: 'physical', addresses: [location.address] } })),
    attributes: terms.map((taxonomy_term) => ({ taxonomy_term })),
    'x-waypoint': { record: { ...record, checked: record.checked.toISOString().slice(0, 10) } },
  };
}
