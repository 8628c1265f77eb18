/**
 * The words a form page needs, flattened from the locale's forms namespace ("fields.phone.label")
 * so the island gets plain strings. {{name}} slots are filled by src/i18n/format.ts.
 */
import { fill, type Values } from '../../i18n/format.ts';

export type FormText = Record<string, string>;

export const say = (text: FormText, key: string, values?: Values) => fill(text[key] ?? key, values);

/** A yup message ({ key, values }) in the page's language. */
export const errorText = (text: FormText, message: unknown) => {
  const spec = (message && typeof message === 'object' ? message : { key: 'invalid' }) as { key: string; values?: Record<string, string | number> };
  return say(text, `errors.${spec.key}`, spec.values);
};

export const fieldId = (name: string) => `f-${name}`;
export const errorId = (name: string) => `e-${name}`;
export const hintId = (name: string) => `h-${name}`;

/** An error summary line that names its question: "Your first name: Enter an answer." or "Who are you asking for? Choose one." */
export const withQuestion = (question: string | undefined, message: string) =>
  !question ? message : /[?.!:]$/.test(question) ? `${question} ${message}` : `${question}: ${message}`;
