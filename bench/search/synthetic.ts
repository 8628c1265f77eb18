/**
 * A clearly synthetic directory of N services for the search benchmark: "Synthetic service
 * 123", example.invalid addresses, drama-range numbers. Deterministic (seeded), written only
 * to a temp folder, never into content/ and never shipped.
 */
import type { DirectoryEntry } from '../../src/directory/entry.ts';
import { communities, features, nations, needs } from '../../src/directory/taxonomy.ts';

/** mulberry32: a small seeded generator, so every run indexes the same directory. */
function random(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const towns = [
  'Aberdeen',
  'Bangor',
  'Barnsley',
  'Bath',
  'Belfast',
  'Birmingham',
  'Blackpool',
  'Bolton',
  'Bradford',
  'Brighton',
  'Bristol',
  'Cambridge',
  'Cardiff',
  'Carlisle',
  'Chester',
  'Colchester',
  'Coventry',
  'Derby',
  'Derry',
  'Dundee',
  'Durham',
  'Edinburgh',
  'Exeter',
  'Glasgow',
  'Gloucester',
  'Hull',
  'Inverness',
  'Ipswich',
  'Lancaster',
  'Leeds',
  'Leicester',
  'Lincoln',
  'Liverpool',
  'London',
  'Luton',
  'Manchester',
  'Newcastle',
  'Newport',
  'Newry',
  'Northampton',
  'Norwich',
  'Nottingham',
  'Oldham',
  'Oxford',
  'Perth',
  'Peterborough',
  'Plymouth',
  'Portsmouth',
  'Preston',
  'Reading',
  'Salford',
  'Sheffield',
  'Southampton',
  'Stirling',
  'Stoke',
  'Sunderland',
  'Swansea',
  'Swindon',
  'Wakefield',
  'Wolverhampton',
  'Worcester',
  'Wrexham',
  'York',
];

const phrases = [
  'safe housing for women and children',
  'free legal advice about protection orders',
  'support at court with an independent advocate',
  'help with money and debt caused by economic abuse',
  'counselling and emotional support',
  'advice on housing and homelessness',
  'a confidential helpline',
  'support for children who have lived with abuse',
  'help to change your own behaviour',
  'advice about stalking and harassment',
  'support with forced marriage and so-called honour-based abuse',
  'fostering for pets while you are in a refuge',
  'outreach support in your own home',
  'group work for survivors',
  'advice on immigration and no recourse to public funds',
];

/** Made-up words, so the vocabulary is as large as a real directory's without copying any text. */
function syllableWords(next: () => number, count: number): string[] {
  const parts = ['ka', 'ri', 'lo', 'men', 'dar', 'vi', 'sol', 'te', 'nu', 'bel', 'rho', 'ast', 'quin', 'yel', 'mor', 'pa', 'sen', 'gil', 'ox', 'fen'];
  return Array.from({ length: count }, () => Array.from({ length: 2 + Math.floor(next() * 2) }, () => parts[Math.floor(next() * parts.length)]).join(''));
}

export function syntheticEntries(count: number, seed = 42): { entries: DirectoryEntry[]; words: string[] } {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const some = <T>(list: readonly T[], chance: number) => list.filter(() => next() < chance);
  const words = syllableWords(next, 3000);
  const entries: DirectoryEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    const town = pick(towns);
    const nation = pick(nations);
    const entryNeeds = [pick(needs), ...some(needs, 0.08)];
    const description = `Synthetic service in ${town}: ${pick(phrases)}, and ${pick(phrases)}. ${Array.from({ length: 8 }, () => pick(words)).join(' ')}.`;
    entries.push({
      id: `synthetic-${index}`,
      organization: `${pick(words)} ${pick(words)}`,
      scope: pick([0, 1, 2, 3, 4] as const),
      sourceDate: '2025-01-01',
      name: { text: `Synthetic ${pick(words)} service ${index} ${town}` },
      description: { text: description },
      needs: [...new Set(entryNeeds)],
      communities: some(communities, 0.06),
      features: some(features, 0.15),
      nations: [nation],
      places: [town],
      // Most local services cover one council; some a whole nation.
      covers: [next() < 0.8 ? `la:${town.toLowerCase()}` : `nation:${nation}`],
      ukWide: false,
      languages: next() < 0.1 ? ['en', pick(['cy', 'ar', 'pl', 'ur', 'pa', 'bn'])] : ['en'],
      phones: [
        { number: `01632 ${String(960000 + (index % 1000)).padStart(6, '0')}`, hours: next() < 0.3 ? '24/7' : 'check', text: false, bsl: next() < 0.05 },
      ],
      url: `https://synthetic-${index}.example.invalid`,
      checked: '2026-01-01',
      unverified: false,
      byAndFor: next() < 0.05,
      refuge: entryNeeds.includes('refuge'),
      sources: [{ publisher: 'Synthetic benchmark data', url: 'https://example.invalid/synthetic' }],
    });
  }
  entries.sort((a, b) => a.name.text.localeCompare(b.name.text));
  return { entries, words };
}

/** 200 queries of the kinds people type: a need, a town, a community, a prefix, two words. */
export function realisticQueries(words: string[], seed = 7): string[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const kinds = [
    () =>
      pick([
        'refuge',
        'legal advice',
        'housing',
        'helpline',
        'counselling',
        'children',
        'stalking',
        'forced marriage',
        'money',
        'pets',
        'court',
        'immigration',
      ]),
    () => pick(towns).toLowerCase(),
    () => `${pick(['refuge', 'housing', 'legal', 'counselling', 'helpline'])} ${pick(towns).toLowerCase()}`,
    () => pick(['ref', 'hous', 'coun', 'leg', 'stalk', 'child', 'imm', 'prot']),
    () => pick(words),
    () => pick(['women', 'men', 'older', 'deaf', 'lgbt', 'black women', 'migrant', 'young people']),
  ];
  return Array.from({ length: 200 }, () => pick(kinds)());
}
