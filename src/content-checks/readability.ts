/**
 * How hard a page is to read: the Flesch–Kincaid grade (wooorm's flesch-kincaid, with
 * syllables counted by his syllable package), and the UK reading age it suggests (grade + 5).
 * Markdown is reduced to its sentences first: frontmatter, links' addresses and markup go;
 * each list item and heading counts as a sentence, as a reader meets it.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export interface Readability {
  sentences: number;
  words: number;
  syllables: number;
  grade: number;
  readingAge: number;
}

export function plainText(markdown: string): string {
  return markdown
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#+\s*(.*)$/gm, '$1.')
    .replace(/^\s*(?:[-*]|\d+\.)\s+(.*?)([.!?:;])?\s*$/gm, (_, item: string, end?: string) => `${item}${end && end !== ':' && end !== ';' ? end : '.'}`)
    .replace(/[*_`>|]/g, '')
    .replace(/\n{2,}/g, '\n');
}

export function readability(markdown: string): Readability {
  const text = plainText(markdown);
  const sentences = text.split(/(?<=[.!?])\s+|\n+/).filter((sentence) => /\p{L}/u.test(sentence));
  const words = text.match(/[\p{L}\p{N}’'-]+/gu)?.filter((word) => /\p{L}/u.test(word)) ?? [];
  const syllables = words.reduce((total, word) => total + Math.max(1, syllable(word)), 0);
  const grade = fleschKincaid({ sentence: Math.max(1, sentences.length), word: Math.max(1, words.length), syllable: syllables });
  return { sentences: sentences.length, words: words.length, syllables, grade, readingAge: grade + 5 };
}
