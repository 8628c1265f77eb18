/** Which services a content page's "Who can help" box shows. */
import { expect, test } from 'vitest';
import { whoCanHelp } from '../../src/directory/who-can-help.ts';
import { fixtureEntries } from '../fixtures/directory-entries.ts';
import type { DirectoryEntry } from '../../src/directory/entry.ts';

const programme: DirectoryEntry = { ...fixtureEntries[1]!, id: 'test-programme', needs: ['behaviour-change', 'helpline'], communities: [], ukWide: true };
const entries = [...fixtureEntries, programme];
const ids = (wanted: Parameters<typeof whoCanHelp>[1]) => whoCanHelp(entries, wanted).map((entry) => entry.id);

test('shows services offering the page’s needs or serving its communities, the community’s own first, then UK-wide', () => {
  expect(ids({ needs: ['legal'], communities: [], audience: 'survivor' })).toEqual(['test-legal-england']);
  expect(ids({ needs: ['helpline'], communities: ['men'], audience: 'survivor' })).toEqual(['test-men']);
  expect(ids({ needs: ['housing', 'refuge'], communities: [], audience: 'survivor' })).toEqual(['test-sisters', 'test-refuge-wales']);
});

test('a service for people who harm appears only on their pages', () => {
  expect(ids({ needs: ['helpline'], communities: [], audience: 'survivor' })).not.toContain('test-programme');
  expect(ids({ needs: ['helpline'], communities: [], audience: 'someone-else' })).not.toContain('test-programme');
  expect(ids({ needs: ['behaviour-change'], communities: [], audience: 'self' })).toEqual(['test-programme']);
});

test('shows at most six', () => {
  const many = Array.from({ length: 10 }, (_, index) => ({ ...fixtureEntries[0]!, id: `many-${index}` }));
  expect(whoCanHelp(many, { needs: ['refuge'], communities: [], audience: 'survivor' })).toHaveLength(6);
});

test('the page’s first need leads, and services for everyone come before those for one community', () => {
  const childline: DirectoryEntry = {
    ...fixtureEntries[0]!,
    id: 'test-childline',
    needs: ['helpline', 'children'],
    communities: ['young-people'],
    ukWide: true,
  };
  const general: DirectoryEntry = { ...fixtureEntries[0]!, id: 'test-general', needs: ['helpline', 'refuge'], communities: [], ukWide: false };
  const housing: DirectoryEntry = { ...fixtureEntries[0]!, id: 'test-housing', needs: ['housing'], communities: [], ukWide: false };
  const ranked = whoCanHelp([childline, general, housing], { needs: ['housing', 'helpline'], communities: [], audience: 'survivor' });
  expect(ranked.map((entry) => entry.id)).toEqual(['test-housing', 'test-general', 'test-childline']);
  // On a young survivors' page, Childline is the community's own service and leads.
  const forYoung = whoCanHelp([general, childline], { needs: ['helpline'], communities: ['young-people'], audience: 'survivor' });
  expect(forYoung.map((entry) => entry.id)).toEqual(['test-childline', 'test-general']);
});

test('a page for people who harm never lists a survivors’ or women’s service, only theirs and emotional support for anyone', () => {
  const sisters: DirectoryEntry = {
    ...fixtureEntries[0]!,
    id: 'test-women',
    needs: ['outreach-idva', 'counselling', 'helpline'],
    communities: ['black-minoritised-women'],
    ukWide: false,
  };
  const womensLine: DirectoryEntry = { ...fixtureEntries[0]!, id: 'test-womens-line', needs: ['helpline', 'refuge'], communities: [], ukWide: false };
  const samaritans: DirectoryEntry = { ...fixtureEntries[0]!, id: 'test-samaritans', needs: ['counselling', 'helpline'], communities: [], ukWide: true };
  const ranked = whoCanHelp([sisters, womensLine, samaritans, programme], {
    needs: ['behaviour-change', 'counselling', 'helpline'],
    communities: [],
    audience: 'self',
  });
  expect(ranked.map((entry) => entry.id)).toEqual(['test-programme', 'test-samaritans']);
});
