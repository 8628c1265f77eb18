/**
 * A council feed lists every service in the area: carpet cleaning, lunch clubs and, somewhere,
 * the domestic abuse services. A service is relevant when one of its taxonomy terms maps to our
 * taxonomy; failing that, when its name or description clearly names domestic or sexual abuse.
 * "Domestic" alone is not enough ("Domestic Cleaning Services").
 */
import type { Need } from '../taxonomy.ts';

interface Clue {
  pattern: RegExp;
  /** What the words say the service offers. */
  need: Need;
  /** Words that alone make a service relevant; the others only add a need to one that is. */
  names?: true;
}

const clues: Clue[] = [
  { pattern: /\b(refuges?|safe hous(e|es|ing))\b/i, need: 'refuge' },
  { pattern: /\b(rape|sexual (abuse|violence|assault))\b/i, need: 'sexual-violence', names: true },
  { pattern: /\bforced marriage|honou?r[- ]based\b|\bFGM\b|female genital mutilation/i, need: 'forced-marriage-hba', names: true },
  { pattern: /\bstalking\b/i, need: 'stalking', names: true },
  { pattern: /\b(perpetrator|behaviour change) programme/i, need: 'behaviour-change' },
  { pattern: /\bIDVAs?\b|independent domestic (violence|abuse) advis/i, need: 'outreach-idva', names: true },
  { pattern: /\bdomestic (abuse|violence)\b|\bcoercive control\b/i, need: 'outreach-idva', names: true },
];

/** The needs a service's own words name, or [] when it does not clearly name domestic or sexual abuse. */
export function needsFromWords(text: string): Need[] {
  const found = clues.filter((clue) => clue.pattern.test(text));
  if (!found.some((clue) => clue.names)) return [];
  return [...new Set(found.map((clue) => clue.need))];
}
