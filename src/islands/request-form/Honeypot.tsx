/**
 * The field only bots fill: hidden from sight, from screen readers and from the Tab key; named and
 * marked so autofill and password managers leave it alone. A person never fills it.
 */
import type { Ref } from 'preact';
import { honeypotField } from '../../forms/index.ts';
import { say, type FormText } from '../../components/forms/FormText.ts';

export default function Honeypot({ text, inputRef }: { text: FormText; inputRef: Ref<HTMLInputElement> }) {
  return (
    <div class="visually-hidden" aria-hidden="true">
      <label for="f-leave-this-blank">{say(text, 'ui.honeypot')}</label>
      <input
        type="text"
        id="f-leave-this-blank"
        name={honeypotField}
        tabIndex={-1}
        autocomplete="off"
        data-1p-ignore
        data-lpignore="true"
        data-form-type="other"
        ref={inputRef}
      />
    </div>
  );
}
