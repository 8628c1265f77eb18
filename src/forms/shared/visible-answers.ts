/**
 * Which questions a person could see, given their answers: a step or field with `showIf` is
 * shown only when its rule holds. Answers to questions that were not shown are never sent,
 * with JavaScript (the island) or without (the handler applies the same rule to a plain post):
 * someone asking about their own partner may have typed "person at risk" answers, then changed
 * "who is this for"; those answers must not reach the police.
 */
import type { Answers, FieldSpec, FormSpec, StepSpec } from './layout-types.ts';

export const visibleSteps = (steps: readonly StepSpec[], answers: Answers): StepSpec[] => steps.filter((step) => !step.showIf || step.showIf(answers));

export const visibleFields = (step: StepSpec, answers: Answers): FieldSpec[] => step.fields.filter((field) => !field.showIf || field.showIf(answers));

/** The answers to the questions that are shown, and nothing else (a question not answered stays absent). */
export function visibleAnswers(form: Pick<FormSpec, 'steps'>, answers: Record<string, unknown>): Answers {
  const asAnswers = answers as Answers;
  return Object.fromEntries(
    visibleSteps(form.steps, asAnswers).flatMap((step) =>
      visibleFields(step, asAnswers).flatMap((field) => (asAnswers[field.name] !== undefined ? [[field.name, asAnswers[field.name]!]] : [])),
    ),
  );
}
