/** Every answer the person can see, step by step, each with "Change", then Send (GOV.UK's check answers pattern). */
import type { ComponentChildren, Ref } from 'preact';
import type { ForceOption } from '../../components/forms/FormField.tsx';
import { say, type FormText } from '../../components/forms/FormText.ts';
import type { Answers, FieldSpec, StepSpec } from '../../forms/shared/layout-types.ts';
import { visibleFields } from '../../forms/shared/visible-answers.ts';

interface Props {
  formId: string;
  steps: StepSpec[];
  answers: Answers;
  text: FormText;
  forces: ForceOption[];
  progress: string;
  /** Why the handler refused the last send, if it did. */
  refused: string | undefined;
  sending: boolean;
  notice: ComponentChildren;
  honeypot: ComponentChildren;
  headingRef: Ref<HTMLHeadingElement>;
  onChange: (stepIndex: number) => void;
  onBack: () => void;
  onSend: () => void;
}

export default function ReviewView(props: Props) {
  const { formId, steps, answers, text, forces, progress, refused, sending, notice, honeypot, headingRef } = props;
  const display = (field: FieldSpec) => {
    const value = answers[field.name];
    const values = Array.isArray(value) ? value : value ? [value] : [];
    if (values.length === 0) return say(text, 'ui.notGiven');
    if (field.kind === 'force') return forces.find((force) => force.id === values[0])?.name ?? values[0];
    return field.optionSet ? values.map((item) => say(text, `options.${field.optionSet}.${item}`)).join(', ') : values.join(', ');
  };
  return (
    <form
      class="request-form"
      onSubmit={(event) => {
        event.preventDefault();
        props.onSend();
      }}
      autocomplete="off"
      novalidate
    >
      {notice}
      <p class="progress">{progress}</p>
      <h2 ref={headingRef} tabIndex={-1}>
        {say(text, 'ui.review')}
      </h2>
      {refused !== undefined && (
        <div class="notice" role="alert">
          <p>{refused}</p>
        </div>
      )}
      {steps.map((step, index) => (
        <section class="review" aria-labelledby={`review-${step.id}`}>
          <h3 id={`review-${step.id}`}>{say(text, `steps.${step.id}.title`)}</h3>
          <dl class="summary-list">
            {visibleFields(step, answers).map((field) => (
              <div class="summary-list__row">
                <dt>{say(text, `fields.${field.name}.label`)}</dt>
                <dd>{display(field)}</dd>
              </div>
            ))}
          </dl>
          <button type="button" class="button button--secondary" onClick={() => props.onChange(index)}>
            {say(text, 'ui.change')} <span class="visually-hidden">{say(text, `steps.${step.id}.title`)}</span>
          </button>
        </section>
      ))}
      {honeypot}
      <div class="button-group">
        <button type="button" class="button button--secondary" onClick={props.onBack}>
          {say(text, 'ui.back')}
        </button>
        <button type="submit" class="button" disabled={sending}>
          {say(text, `ui.send.${formId}`)}
        </button>
      </div>
    </form>
  );
}
