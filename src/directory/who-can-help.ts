/**
 * The services a content page's "Who can help" box shows: those offering any of the page's
 * needs or serving any of its communities, in the order `rank` gives. Numbers on content pages
 * come only from here, never from the page's text.
 */
import type { DirectoryEntry } from './entry.ts';

export interface HelpWanted {
  needs: readonly string[];
  communities: readonly string[];
  /** Whose page it is: services for people who harm appear only on their pages, and only they see them there. */
  audience: 'survivor' | 'self' | 'someone-else' | 'all';
}

const forPeopleWhoHarm = (entry: DirectoryEntry) => entry.needs.includes('behaviour-change');

/** Needs only a person being harmed has: a service offering one is a survivors' service. */
const survivorNeeds: readonly string[] = [
  'refuge',
  'outreach-idva',
  'legal',
  'housing',
  'money',
  'stalking',
  'forced-marriage-hba',
  'pets',
  'police-and-disclosure',
  'children',
];

/**
 * What a page for people worried about their own behaviour may list: services for people who harm,
 * and UK-wide emotional support for anyone (Samaritans). Never a survivors' or women's service:
 * the person reading may be the one their partner is hiding from.
 */
const fitForPeopleWhoHarm = (entry: DirectoryEntry) =>
  forPeopleWhoHarm(entry) ||
  (entry.ukWide && entry.communities.length === 0 && entry.needs.includes('counselling') && !entry.needs.some((need) => survivorNeeds.includes(need)));

export function whoCanHelp(entries: DirectoryEntry[], wanted: HelpWanted, limit = 6): DirectoryEntry[] {
  const matches = entries.filter(
    (entry) =>
      (entry.needs.some((need) => wanted.needs.includes(need)) || entry.communities.some((community) => wanted.communities.includes(community))) &&
      // A survivor's page never lists a service for the person harming them, whatever its needs say,
      // and a page for people who harm lists only what is meant for them.
      (wanted.audience === 'self' ? fitForPeopleWhoHarm(entry) : !forPeopleWhoHarm(entry)),
  );
  // Services for the page's community first (they are why the page exists); then by the page's needs in the order
  // it lists them (its first need is its main one); then services for everyone before those for one community
  // (Childline answers "helpline", but is not where an adult survivor should start); then UK-wide before local.
  const forCommunity = (entry: DirectoryEntry) => entry.communities.some((community) => wanted.communities.includes(community));
  const needRank = (entry: DirectoryEntry) => {
    const index = wanted.needs.findIndex((need) => (entry.needs as readonly string[]).includes(need));
    return index === -1 ? wanted.needs.length : index;
  };
  const rank = (entry: DirectoryEntry): number[] => [
    forCommunity(entry) ? 0 : 1,
    needRank(entry),
    wanted.communities.length === 0 && entry.communities.length > 0 ? 1 : 0,
    entry.ukWide ? 0 : 1,
  ];
  const compare = (a: number[], b: number[]) => a.reduce((order, value, index) => order || value - b[index]!, 0);
  // Array.prototype.sort is stable, so equal ranks keep the directory's own order.
  return [...matches].sort((a, b) => compare(rank(a), rank(b))).slice(0, limit);
}
