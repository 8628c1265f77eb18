/**
 * Scores the self-check: the same module in the page (with JavaScript) and on the server
 * (without), so both say the same thing. It never labels the person; it says what the
 * behaviour described is. Any violence, sexual coercion or threat is "urgent" however rare;
 * otherwise the total of the answers (never 0 … often 3) sets the band.
 */
import type { Answer, Band } from './schema.ts';

export interface Question {
  id: string;
  serious: boolean;
  children: boolean;
}

export const points: Record<Answer, number> = { never: 0, once: 1, sometimes: 2, often: 3 };

export interface Result {
  band: Band;
  /** Children saw or heard: the result says what that means for them. */
  children: boolean;
}

/** Below this total (with nothing serious and nothing "often") the band is "some". */
export const concerningFrom = 6;

export function score(questions: readonly Question[], answers: Readonly<Record<string, Answer | undefined>>): Result {
  const given = questions.map((question) => ({ question, points: points[answers[question.id] ?? 'never'] }));
  const behaviour = given.filter(({ question }) => !question.children);
  const children = given.some(({ question, points: value }) => question.children && value > 0);
  const total = behaviour.reduce((sum, { points: value }) => sum + value, 0);
  let band: Band;
  // Nothing answered is not "never" to everything: say so, rather than describe answers not given.
  if (questions.every((question) => answers[question.id] === undefined)) band = 'unanswered';
  else if (behaviour.some(({ question, points: value }) => question.serious && value > 0)) band = 'urgent';
  else if (total === 0) band = 'none';
  else if (total >= concerningFrom || behaviour.some(({ points: value }) => value === points.often)) band = 'concerning';
  else band = 'some';
  return { band, children };
}

/** Reads answers from a form post: only known questions, only known answers; anything else is ignored. */
export function answersFrom(questions: readonly Question[], fields: Record<string, unknown>): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const question of questions) {
    const value = fields[question.id];
    if (value === 'never' || value === 'once' || value === 'sometimes' || value === 'often') answers[question.id] = value;
  }
  return answers;
}
