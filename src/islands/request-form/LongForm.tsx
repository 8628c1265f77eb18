/** Without JavaScript (and at build): the whole form on one page, posted as it is. */
import type { ComponentChildren } from 'preact';
import type { FieldSpec, FormSpec } from '../../forms/shared/layout-types.ts';
import { say, type FormText } from '../../components/forms/FormText.ts';

interface Props {
  formId: string;
  action: string;
  locale: string;
  layout: FormSpec;
  text: FormText;
  field: (field: FieldSpec) => ComponentChildren;
  honeypot: ComponentChildren;
}

export default function LongForm({ formId, action, locale, layout, text, field, honeypot }: Props) {
  return (
    <form class="request-form" method="post" action={action} autocomplete="off" novalidate>
      <div class="notice notice--warning" role="note">
        <p>{say(text, `intro.${formId}.notEmergency`)}</p>
        <p>{say(text, 'ui.nothingSaved')}</p>
      </div>
      <input type="hidden" name="locale" value={locale} />
      {layout.steps.map((step) => (
        <section class="form-section" aria-labelledby={`step-${step.id}`}>
          <h2 id={`step-${step.id}`}>{say(text, `steps.${step.id}.title`)}</h2>
          {text[`steps.${step.id}.when`] && <p class="hint">{text[`steps.${step.id}.when`]}</p>}
          {step.fields.map((spec) => field(spec))}
        </section>
      ))}
      {honeypot}
      <button type="submit" class="button">
        {say(text, `ui.send.${formId}`)}
      </button>
    </form>
  );
}
