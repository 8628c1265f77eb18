/** "Before you start": what this form is not (an emergency line) and that nothing is saved. */
import type { ComponentChildren, Ref } from 'preact';
import { say, type FormText } from '../../components/forms/FormText.ts';

interface Props {
  formId: string;
  text: FormText;
  notice: ComponentChildren;
  headingRef: Ref<HTMLHeadingElement>;
  onStart: () => void;
}

export default function IntroView({ formId, text, notice, headingRef, onStart }: Props) {
  return (
    <div class="request-form">
      {notice}
      <h2 ref={headingRef} tabIndex={-1}>
        {say(text, `intro.${formId}.title`)}
      </h2>
      <div class="notice notice--warning" role="note">
        <p>{say(text, `intro.${formId}.notEmergency`)}</p>
      </div>
      <p>{say(text, 'ui.nothingSaved')}</p>
      <button type="button" class="button" onClick={onStart}>
        {say(text, 'ui.start')}
      </button>
    </div>
  );
}
