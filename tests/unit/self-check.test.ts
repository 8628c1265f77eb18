/** The self-check's scoring: the bands, the serious questions, the children note, and what a post may contain. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { selfCheckSchema } from '../../src/self-check/schema.ts';
import { answersFrom, concerningFrom, score } from '../../src/self-check/score.ts';
import type { Answer } from '../../src/self-check/schema.ts';

const each = (ids: { id: string }[], answer: Answer): Record<string, Answer> => Object.fromEntries(ids.map((question) => [question.id, answer]));

const english = selfCheckSchema.parse(parse(readFileSync('locales/en/self-check.yaml', 'utf8')));
const questions = english.questions;
const behaviour = questions.filter((question) => !question.serious && !question.children);
const serious = questions.filter((question) => question.serious);

describe('self-check scoring', () => {
  test('asks 10 to 15 questions, some about violence, sexual coercion and threats, one about children', () => {
    expect(questions.length).toBeGreaterThanOrEqual(10);
    expect(questions.length).toBeLessThanOrEqual(15);
    expect(serious.map((question) => question.id)).toEqual(['physical', 'sexual', 'threats']);
    expect(questions.filter((question) => question.children)).toHaveLength(1);
  });

  test('"never" to everything (or nothing answered) is the "none" band', () => {
    // Nothing answered is not "never" to everything (that band says "You answered 'never' to every question").
    expect(score(questions, {})).toEqual({ band: 'unanswered', children: false });
    expect(score(questions, each(questions, 'never'))).toEqual({ band: 'none', children: false });
  });

  test('a little, now and then, is "some"; more, or anything often, is "concerning"', () => {
    expect(score(questions, { checking: 'once' }).band).toBe('some');
    const justBelow = each(behaviour.slice(0, concerningFrom - 1), 'once');
    expect(score(questions, justBelow).band).toBe('some');
    const atThreshold = each(behaviour.slice(0, concerningFrom), 'once');
    expect(score(questions, atThreshold).band).toBe('concerning');
    expect(score(questions, { putdowns: 'often' }).band).toBe('concerning');
  });

  test('any violence, sexual coercion or threat is "urgent", however rare', () => {
    for (const question of serious) expect(score(questions, { [question.id]: 'once' }).band, question.id).toBe('urgent');
  });

  test('children seeing or hearing adds the children note without changing the band', () => {
    expect(score(questions, { children: 'sometimes' })).toEqual({ band: 'none', children: true });
    expect(score(questions, { checking: 'once', children: 'once' })).toEqual({ band: 'some', children: true });
  });

  test('a post is read for known questions and answers only', () => {
    expect(answersFrom(questions, { checking: 'often', physical: 'always', unknown: 'often', locale: 'en' })).toEqual({ checking: 'often' });
  });

  test('every translation asks the same questions, in the same order', () => {
    for (const file of readdirSync('locales')
      .map((code) => `locales/${code}/self-check.yaml`)
      .filter((path) => existsSync(path))) {
      const text = selfCheckSchema.parse(parse(readFileSync(file, 'utf8')));
      expect(
        text.questions.map(({ id, serious: isSerious, children }) => [id, isSerious, children]),
        file,
      ).toEqual(questions.map(({ id, serious: isSerious, children }) => [id, isSerious, children]));
    }
  });
});
