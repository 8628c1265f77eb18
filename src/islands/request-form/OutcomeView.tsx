/** After a send: the reference to keep, or why it could not be sent with the helplines to call instead. */
import type { Ref } from 'preact';
import HelplineLinks, { type Helpline } from '../../components/HelplineLinks.tsx';
import { say, type FormText } from '../../components/forms/FormText.ts';
import type { Outcome } from './outcome.ts';

interface Props {
  formId: string;
  outcome: Exclude<Outcome, { kind: 'rejected' }>;
  text: FormText;
  helplines: Helpline[];
  headingRef: Ref<HTMLHeadingElement>;
  onTryAgain: () => void;
}

const titles = {
  busy: 'response.busy.title',
  failed: 'response.failed.title',
  offline: 'ui.offline.title',
  unconfirmed: 'response.unconfirmed.title',
} as const;
const bodies = {
  busy: 'response.busy.body',
  failed: 'response.failed.body',
  offline: 'ui.offline.body',
  unconfirmed: 'response.unconfirmed.body',
} as const;

export default function OutcomeView({ formId, outcome, text, helplines, headingRef, onTryAgain }: Props) {
  if (outcome.kind === 'sent') {
    return (
      <div class="request-form">
        <div class="panel panel--confirmation">
          <h2 ref={headingRef} tabIndex={-1}>
            {say(text, 'response.sent.title')}
          </h2>
          <p>
            {say(text, 'response.sent.reference')}
            <br />
            <strong class="reference" dir="ltr">
              {outcome.reference}
            </strong>
          </p>
        </div>
        <p>{say(text, 'response.sent.keep')}</p>
        <p>{say(text, `sentNext.${formId}`)}</p>
      </div>
    );
  }
  return (
    <div class="request-form">
      <h2 ref={headingRef} tabIndex={-1}>
        {say(text, titles[outcome.kind])}
      </h2>
      <p>{say(text, bodies[outcome.kind])}</p>
      <HelplineLinks helplines={helplines} />
      <button type="button" class="button button--secondary" onClick={onTryAgain}>
        {say(text, 'ui.tryAgain')}
      </button>
    </div>
  );
}
