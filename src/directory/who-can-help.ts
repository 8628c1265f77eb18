/**
 * The services a content page's "Who can help" box shows: those offering any of the page's
 * needs or serving any of its communities, UK-wide services before national and regional ones,
 * active only. Numbers on content pages come only from here, never from the page's text.
 */
import type { DirectoryEntry } from './entry.ts';

export interface HelpWanted {
  needs: readonly string[];
  communities: readonly string[];
  /** Whose page it is: services for people who harm appear only on their pages, and only they see them there. */
  audience: 'survivor' | 'self' | 'someone-else' | 'all';
}

const forPeopleWhoHarm = (entry: DirectoryEntry) => entry.needs.includes('behaviour-change');

export function whoCanHelp(entries: DirectoryEntry[], wanted: HelpWanted, limit = 6): DirectoryEntry[] {
  const matches = entries.filter(
    (entry) =>
      (entry.needs.some((need) => wanted.needs.includes(need)) || entry.communities.some((community) => wanted.communities.includes(community))) &&
      // A survivor's page never lists a service for the person harming them, whatever its needs say.
      (wanted.audience === 'self' || !forPeopleWhoHarm(entry)),
  );
  // Services for the page's community first (they are why the page exists), then UK-wide ones, then the rest.
  const rank = (entry: DirectoryEntry) => (entry.communities.some((community) => wanted.communities.includes(community)) ? 0 : entry.ukWide ? 1 : 2);
  return [...matches].sort((a, b) => rank(a) - rank(b)).slice(0, limit);
}
