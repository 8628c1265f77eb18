/**
 * How a form is laid out: steps (one screen each with JavaScript; one long page without),
 * each with fields. Labels, hints and options come from locales/<lang>/forms.json by name:
 * fields.<name>.label / .hint, options.<set>.<value>, steps.<id>.title.
 */
export type FieldKind = 'text' | 'date' | 'email' | 'tel' | 'textarea' | 'radios' | 'checkboxes' | 'force' | 'age';

export type Answers = Record<string, string | string[]>;

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  /** For radios and checkboxes: the values, labelled by options.<optionSet>.<value>. */
  options?: readonly string[];
  optionSet?: string;
  autocomplete?: string;
  /** Shown only when this is true of the answers so far (with JavaScript; without, the hint says when). */
  showIf?: (answers: Answers) => boolean;
}

export interface StepSpec {
  id: string;
  fields: FieldSpec[];
  showIf?: (answers: Answers) => boolean;
}

export interface FormSpec {
  id: string;
  steps: StepSpec[];
}

export const includes =
  (name: string, ...values: string[]) =>
  (answers: Answers) => {
    const value = answers[name];
    return Array.isArray(value) ? values.some((wanted) => value.includes(wanted)) : values.includes(value ?? '');
  };
