/**
 * Matches what a person types against council and town names, offline. Every word typed
 * must start a word of the name ("north som" finds North Somerset); council names rank
 * before towns, and names that start with the text before names that only contain it.
 */
import { terms } from '../directory/filter.ts';
import type { Area } from './area.ts';

export interface Suggestion {
  area: Area;
  /** The name that matched: the council's, or a town inside it. */
  label: string;
  /** Set when the label is a town: the council it belongs to. */
  council?: string;
}

function rank(name: string, words: string[]): number | undefined {
  const nameWords = terms(name);
  if (!words.every((word) => nameWords.some((nameWord) => nameWord.startsWith(word)))) return undefined;
  return nameWords[0]!.startsWith(words[0]!) ? 0 : 1;
}

export function suggest(areas: Area[], text: string, limit = 8): Suggestion[] {
  const words = terms(text);
  if (words.length === 0) return [];
  const found: { suggestion: Suggestion; score: number }[] = [];
  for (const area of areas) {
    const own = rank(area.name, words);
    if (own !== undefined) {
      found.push({ suggestion: { area, label: area.name }, score: own });
      continue;
    }
    // One suggestion per council: the best-matching town.
    let best: { place: string; score: number } | undefined;
    for (const place of area.places) {
      const score = rank(place, words);
      // Towns rank after councils: 2 for a town that starts with the text, 3 otherwise.
      if (score !== undefined && (!best || score + 2 < best.score)) best = { place, score: score + 2 };
    }
    if (best) found.push({ suggestion: { area, label: best.place, council: area.name }, score: best.score });
  }
  return found
    .sort((a, b) => a.score - b.score || a.suggestion.label.localeCompare(b.suggestion.label))
    .slice(0, limit)
    .map(({ suggestion }) => suggestion);
}
