/**
 * One question, GOV.UK style: label (or legend), hint, error message, control. The same
 * markup serves the no-JavaScript page (rendered at build, refilled by the server after an
 * error) and the island. Ids: the control "f-<name>" (first option for groups), hint
 * "h-<name>", error "e-<name>", so the error summary links land on the question.
 */
import type { FieldSpec } from '../../forms/shared/layout-types.ts';
import { errorId, fieldId, hintId, say, type FormText } from './FormText.ts';

export interface ForceOption {
  id: string;
  name: string;
  nation: string;
}

interface Props {
  field: FieldSpec;
  text: FormText;
  value: string | string[] | undefined;
  error?: string | undefined;
  forces: ForceOption[];
  onChange?: (name: string, value: string | string[]) => void;
}

export default function FormField({ field, text, value, error, forces, onChange }: Props) {
  const { name, kind } = field;
  const hint = text[`fields.${name}.hint`];
  const described = [hint ? hintId(name) : '', error ? errorId(name) : ''].filter(Boolean).join(' ') || undefined;
  const label = say(text, `fields.${name}.label`);
  const errorMessage = (
    <p class="error-message" id={errorId(name)} hidden={!error}>
      {error && (
        <>
          <span class="visually-hidden">{say(text, 'ui.errorPrefix')}</span> {error}
        </>
      )}
    </p>
  );
  const hintElement = hint ? (
    <p class="hint" id={hintId(name)}>
      {hint}
    </p>
  ) : null;
  const groupClass = `form-group${error ? ' form-group--error' : ''}`;
  const set = (next: string | string[]) => onChange?.(name, next);

  if (kind === 'radios' || kind === 'checkboxes') {
    const type = kind === 'radios' ? 'radio' : 'checkbox';
    const chosen = Array.isArray(value) ? value : value ? [value] : [];
    return (
      <div class={groupClass} data-field={name}>
        <fieldset aria-describedby={described}>
          <legend class="form-legend">{label}</legend>
          {hintElement}
          {errorMessage}
          <div class={kind === 'radios' ? 'choices choices--inline' : 'choices'}>
            {field.options!.map((option, index) => (
              <div class="choice">
                <input
                  type={type}
                  id={index === 0 ? fieldId(name) : `${fieldId(name)}-${option}`}
                  name={name}
                  value={option}
                  checked={chosen.includes(option)}
                  onChange={(event) => {
                    if (type === 'radio') set(option);
                    else set(event.currentTarget.checked ? [...chosen, option] : chosen.filter((item) => item !== option));
                  }}
                />
                <label for={index === 0 ? fieldId(name) : `${fieldId(name)}-${option}`}>{say(text, `options.${field.optionSet}.${option}`)}</label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
    );
  }

  const common = {
    id: fieldId(name),
    name,
    // Nothing typed here may stay in the browser's form history, where the person harming
    // someone could find it: every field, whatever it asks (the accessibility statement says why).
    autocomplete: field.autocomplete ?? 'off',
    'aria-describedby': described,
    'aria-invalid': error ? ('true' as const) : undefined,
  };
  const current = typeof value === 'string' ? value : '';
  let control: preact.JSX.Element;
  if (kind === 'textarea') {
    control = <textarea {...common} rows={5} value={current} onInput={(event) => set(event.currentTarget.value)} />;
  } else if (kind === 'force') {
    const nations = ['england', 'wales', 'scotland', 'northern-ireland'];
    control = (
      <select {...common} value={current} onChange={(event) => set(event.currentTarget.value)}>
        <option value="">{say(text, 'ui.chooseForce')}</option>
        {nations.map((nation) => (
          <optgroup label={say(text, `nations.${nation}`)}>
            {forces
              .filter((force) => force.nation === nation)
              .map((force) => (
                <option value={force.id}>{force.name}</option>
              ))}
          </optgroup>
        ))}
      </select>
    );
  } else {
    const type = kind === 'age' ? 'text' : kind;
    control = (
      <input
        {...common}
        type={type}
        class={kind === 'age' ? 'input--short' : undefined}
        inputMode={kind === 'age' ? 'numeric' : undefined}
        spellcheck={kind === 'text' || kind === 'date' ? false : undefined}
        value={current}
        onInput={(event) => set(event.currentTarget.value)}
      />
    );
  }
  return (
    <div class={groupClass} data-field={name}>
      <label class="form-label" for={fieldId(name)}>
        {label}
      </label>
      {hintElement}
      {errorMessage}
      {control}
    </div>
  );
}
