/**
 * Publishers' taxonomy terms → our need, community and feature ids. Keys are lower-case
 * term names or codes as seen in council feeds and in our own export ("waypoint" terms
 * are our ids). A term not listed is reported by the importer, never guessed.
 */
import { communities, features, needs } from '../taxonomy.ts';

type Mapped = { kind: 'need' | 'community' | 'feature'; id: string };

const table: Record<string, Mapped> = {
  'domestic abuse helpline': { kind: 'need', id: 'helpline' },
  helpline: { kind: 'need', id: 'helpline' },
  'telephone helpline': { kind: 'need', id: 'helpline' },
  refuge: { kind: 'need', id: 'refuge' },
  'refuge accommodation': { kind: 'need', id: 'refuge' },
  'safe accommodation': { kind: 'need', id: 'refuge' },
  idva: { kind: 'need', id: 'outreach-idva' },
  'independent domestic violence advocate': { kind: 'need', id: 'outreach-idva' },
  outreach: { kind: 'need', id: 'outreach-idva' },
  'legal advice': { kind: 'need', id: 'legal' },
  legal: { kind: 'need', id: 'legal' },
  housing: { kind: 'need', id: 'housing' },
  homelessness: { kind: 'need', id: 'housing' },
  'money advice': { kind: 'need', id: 'money' },
  'debt advice': { kind: 'need', id: 'money' },
  'economic abuse': { kind: 'need', id: 'money' },
  children: { kind: 'need', id: 'children' },
  'children and young people': { kind: 'need', id: 'children' },
  counselling: { kind: 'need', id: 'counselling' },
  'emotional support': { kind: 'need', id: 'counselling' },
  pets: { kind: 'need', id: 'pets' },
  'pet fostering': { kind: 'need', id: 'pets' },
  'perpetrator programme': { kind: 'need', id: 'behaviour-change' },
  'behaviour change programme': { kind: 'need', id: 'behaviour-change' },
  stalking: { kind: 'need', id: 'stalking' },
  'forced marriage': { kind: 'need', id: 'forced-marriage-hba' },
  'sexual violence': { kind: 'need', id: 'sexual-violence' },
  rape: { kind: 'need', id: 'sexual-violence' },
  'honour based abuse': { kind: 'need', id: 'forced-marriage-hba' },
  lgbt: { kind: 'community', id: 'lgbtq' },
  'lgbtq+': { kind: 'community', id: 'lgbtq' },
  deaf: { kind: 'community', id: 'deaf' },
  'older people': { kind: 'community', id: 'older-people' },
  men: { kind: 'community', id: 'men' },
  'young people': { kind: 'community', id: 'young-people' },
  'black and minoritised women': { kind: 'community', id: 'black-minoritised-women' },
  bsl: { kind: 'feature', id: 'bsl' },
  'british sign language': { kind: 'feature', id: 'bsl' },
  interpreters: { kind: 'feature', id: 'interpreters' },
  'wheelchair access': { kind: 'feature', id: 'wheelchair-access' },
  '24 hours': { kind: 'feature', id: '24-hours' },
};

export function mapTerm(term: { code?: string; name?: string; term?: string; vocabulary?: string }): Mapped | undefined {
  // Our own export names its vocabulary "waypoint-need" etc. and uses our ids as codes.
  const vocabulary = term.vocabulary ?? '';
  const code = term.code ?? '';
  if (vocabulary === 'waypoint-need' && (needs as readonly string[]).includes(code)) return { kind: 'need', id: code };
  if (vocabulary === 'waypoint-community' && (communities as readonly string[]).includes(code)) return { kind: 'community', id: code };
  if (vocabulary === 'waypoint-feature' && (features as readonly string[]).includes(code)) return { kind: 'feature', id: code };
  for (const key of [term.name, term.term, term.code]) {
    const found = key ? table[key.trim().toLowerCase()] : undefined;
    if (found) return found;
  }
  return undefined;
}
