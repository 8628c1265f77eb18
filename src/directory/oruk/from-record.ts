/**
 * One directory record → one Open Referral UK 3.0 service, in the UK profile's shapes
 * (schema/compiled/service_with_definitions.json): UUIDs on every object, derived from our ids;
 * the organisation; phones; schedules; service areas; languages; locations; and our taxonomy as
 * attributes with taxonomy terms in "waypoint-*" taxonomies. The whole record also travels in
 * "x-waypoint", so that our own import gives back exactly the same record.
 */
import type { ServiceRecord } from '../service-schema.ts';
import type { OrukService } from './types.ts';
import { stableId } from './stable-id.ts';

const nationNames = { england: 'England', wales: 'Wales', scotland: 'Scotland', 'northern-ireland': 'Northern Ireland' } as const;

/** The taxonomies our terms belong to, with the English label of each term. */
export type TermLabels = Record<'need' | 'community' | 'feature', Record<string, string>>;

function areaOf(area: ServiceRecord['service_areas'][number]): { name: string; description?: string; uri?: string } {
  switch (area.type) {
    case 'uk':
      return { name: 'United Kingdom' };
    case 'nation':
      return { name: nationNames[area.nation] };
    case 'region':
      // Our area keys (la:/force:/region:) say exactly which councils the publisher's name takes in.
      return { name: area.region, description: `${nationNames[area.nation]}: ${area.covers.join(', ')}` };
    case 'local-authority':
      return { name: area.code, uri: `https://statistics.data.gov.uk/id/statistical-geography/${area.code}` };
  }
}

export function fromRecord(record: ServiceRecord, labels?: TermLabels): OrukService {
  const { service } = record;
  const id = stableId('service', record.id);
  const organizationId = stableId('organization', record.organization.name);
  const terms = [
    ...record.taxonomy.needs.map((code) => ({ code, kind: 'need' as const })),
    ...record.taxonomy.communities.map((code) => ({ code, kind: 'community' as const })),
    ...record.taxonomy.features.map((code) => ({ code, kind: 'feature' as const })),
  ];
  return {
    id,
    organization_id: organizationId,
    name: service.name.en,
    description: service.description.en,
    ...(service.url ? { url: service.url } : {}),
    ...(service.email ? { email: service.email } : {}),
    status: service.status,
    ...(service.eligibility ? { eligibility_description: service.eligibility.en } : {}),
    ...(service.fees ? { fees_description: service.fees.en } : {}),
    // HSDS: "the date that the information about the service was last checked".
    assured_date: record.checked.toISOString().slice(0, 10),
    organization: {
      id: organizationId,
      name: record.organization.name,
      description: record.organization.name,
      ...(record.organization.url ? { website: record.organization.url } : {}),
    },
    phones: record.phones.map((phone, index) => ({
      id: stableId('phone', record.id, String(index)),
      number: phone.number,
      ...(phone.description ? { description: phone.description.en } : {}),
    })),
    schedules: record.schedules.map((schedule, index) => ({
      id: stableId('schedule', record.id, String(index)),
      service_id: id,
      description: schedule.description.en,
    })),
    service_areas: record.service_areas.map((area, index) => ({ id: stableId('service_area', record.id, String(index)), service_id: id, ...areaOf(area) })),
    languages: service.languages.map((code) => ({ id: stableId('language', record.id, code), service_id: id, code })),
    // Confidential locations (refuges) are exported as virtual, with no address.
    service_at_locations: record.locations.map((location, index) => {
      const locationId = stableId('location', record.id, String(index));
      return {
        id: stableId('service_at_location', record.id, String(index)),
        service_id: id,
        location_id: locationId,
        location:
          location.type === 'virtual'
            ? { id: locationId, location_type: 'virtual' }
            : {
                id: locationId,
                location_type: 'physical',
                addresses: [
                  {
                    id: stableId('address', record.id, String(index)),
                    location_id: locationId,
                    address_1: location.address,
                    city: '',
                    state_province: '',
                    postal_code: location.postcode ?? '',
                    country: 'GB',
                    address_type: 'physical',
                  },
                ],
              },
      };
    }),
    attributes: terms.map(({ code, kind }) => {
      const termId = stableId('taxonomy_term', kind, code);
      const name = labels?.[kind][code] ?? code;
      return {
        id: stableId('attribute', record.id, kind, code),
        link_id: id,
        link_type: 'service',
        taxonomy_term_id: termId,
        taxonomy_term: { id: termId, name, description: name, code, taxonomy: `waypoint-${kind}`, vocabulary: `waypoint-${kind}` },
      };
    }),
    'x-waypoint': { record: { ...record, checked: record.checked.toISOString().slice(0, 10) } },
  };
}
