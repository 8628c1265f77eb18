/**
 * How a form is laid out: steps (one screen each with JavaScript; one long page without),
 * each with fields. Labels, hints and options come from locales/<lang>/forms.json by name:
 * fields.<name>.label / .hint, options.<set>.<value>, steps.<id>.title.
 */
export type FieldKind = 'text' | 'date' | 'email' | 'tel' | 'textarea' | 'radios' | 'checkboxes' | 'force' | 'age';

export type Answers = Record<string, string | string[]>;

/** Name: the form's field names (its schema's keys), so a misspelt field fails the type check. */
export interface FieldSpec<Name extends string = string> {
  name: Name;
  kind: FieldKind;
  /** For radios and checkboxes: the values, labelled by options.<optionSet>.<value>. */
  options?: readonly string[];
  optionSet?: string;
  autocomplete?: string;
  /** Shown only when this is true of the answers so far (with JavaScript; without, the hint says when). */
  showIf?: (answers: Answers) => boolean;
}

export interface StepSpec<Name extends string = string> {
  id: string;
  fields: FieldSpec<Name>[];
  showIf?: (answers: Answers) => boolean;
}

export interface FormSpec<Name extends string = string> {
  id: string;
  steps: StepSpec<Name>[];
}

export const includes =
  (name: string, ...values: string[]) =>
  (answers: Answers) => {
    const value = answers[name];
    return Array.isArray(value) ? values.some((wanted) => value.includes(wanted)) : values.includes(value ?? '');
  };
