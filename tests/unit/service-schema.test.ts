/** The directory record schema: what the build accepts and, more to the point, what it refuses. */
import { describe, expect, test } from 'vitest';
import { serviceSchema } from '../../src/directory/service-schema.ts';

const valid = () => ({
  id: 'example-helpline',
  organization: { name: 'Example Trust' },
  service: { name: { en: 'Example Helpline' }, description: { en: 'Free, confidential support.' }, url: 'https://example.org' },
  phones: [{ number: '0808 2000 247', hours: '24/7' }],
  service_areas: [{ type: 'nation', nation: 'england' }],
  taxonomy: { needs: ['helpline'] },
  source: [{ publisher: 'Example Trust', url: 'https://example.org/about', date: '2024-05' }],
  checked: '2024-05-01',
});

const issues = (record: unknown) => {
  const result = serviceSchema.safeParse(record);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('a directory record', () => {
  test('a complete record is accepted, with defaults filled in', () => {
    const parsed = serviceSchema.parse(valid());
    expect(parsed.locations).toEqual([{ type: 'virtual', confidential: false }]);
    expect(parsed.by_and_for).toBe(false);
    expect(parsed.checked).toEqual(new Date('2024-05-01'));
  });

  test('is refused without a source or a checked date', () => {
    const { source: _source, checked: _checked, ...bare } = valid();
    expect(issues(bare)).toEqual(expect.arrayContaining(['source', 'checked']));
    expect(issues({ ...valid(), source: [] })).toContain('source');
  });

  test('is refused with a phone number that is not a UK number', () => {
    expect(issues({ ...valid(), phones: [{ number: '+1 555 0100', hours: '24/7' }] })).toContain('phones.0.number');
    expect(issues({ ...valid(), phones: [{ number: 'call us', hours: '24/7' }] })).toContain('phones.0.number');
    for (const number of ['0808 2000 247', '0800 027 1234', '999', '101', '116 123', '0808 80 10 800'.replace(/ /g, '')]) {
      expect(issues({ ...valid(), phones: [{ number, hours: 'check' }] }), number).toEqual([]);
    }
  });

  test('is refused with a taxonomy term we do not have', () => {
    expect(issues({ ...valid(), taxonomy: { needs: ['spa-days'] } })).toContain('taxonomy.needs.0');
    expect(issues({ ...valid(), taxonomy: { needs: ['helpline'], communities: ['everyone'] } })).toContain('taxonomy.communities.0');
    expect(issues({ ...valid(), taxonomy: { needs: [] } })).toContain('taxonomy.needs');
  });

  test('a refuge can never carry an address', () => {
    const refuge = { ...valid(), taxonomy: { needs: ['refuge'] } };
    expect(issues({ ...refuge, locations: [{ type: 'physical', address: '1 Safe Street' }] })).toContain('locations');
    expect(issues({ ...refuge, locations: [{ type: 'virtual', confidential: false }] })).toContain('locations');
    expect(issues({ ...refuge, locations: [{ type: 'virtual', confidential: true }] })).toEqual([]);
  });

  test('an unverified service shows its website only, never a phone', () => {
    expect(issues({ ...valid(), unverified: true })).toContain('phones');
    expect(issues({ ...valid(), unverified: true, phones: [] })).toEqual([]);
  });

  test('a region names the nation it is in and the areas it covers, so area searches can find it', () => {
    const devon = { type: 'region', region: 'Devon', nation: 'england', covers: ['la:exeter', 'la:plymouth'] };
    expect(issues({ ...valid(), service_areas: [devon] })).toEqual([]);
    const { nation: _nation, ...noNation } = devon;
    expect(issues({ ...valid(), service_areas: [noNation] })).toContain('service_areas.0.nation');
    expect(issues({ ...valid(), service_areas: [{ ...devon, covers: [] }] })).toContain('service_areas.0.covers');
    expect(issues({ ...valid(), service_areas: [{ ...devon, covers: ['Devon'] }] })).toContain('service_areas.0.covers.0');
  });

  test('hours are either 24/7 or "check their website"', () => {
    expect(issues({ ...valid(), phones: [{ number: '0808 2000 247', hours: '9 to 5' }] })).toContain('phones.0.hours');
  });
});
