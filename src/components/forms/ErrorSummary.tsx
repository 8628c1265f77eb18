/**
 * The GOV.UK error summary: at the top, "There is a problem", each error a link to its
 * question. Always in the markup (hidden when empty) so the server can fill it for a
 * no-JavaScript post; focused when it appears, so screen reader users hear it first.
 */
import { useEffect, useRef } from 'preact/hooks';
import { fieldId, say, type FormText } from './FormText.ts';

interface Props {
  text: FormText;
  errors: { name: string; message: string }[];
  /**
   * Counts each time the person asked to go on and errors were found. Focusing again on every
   * attempt means pressing Continue twice with the same errors is announced twice, not met with silence.
   */
  attempt?: number;
  /**
   * The no-JavaScript page's summary (rendered at build, filled by the server): the browser
   * focuses it when the page loads with errors, as GOV.UK does. Hidden and empty, it is skipped.
   */
  autofocus?: boolean;
}

export default function ErrorSummary({ text, errors, attempt = 0, autofocus = false }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) box.current?.focus();
  }, [errors.map((error) => error.name).join(), attempt]);
  return (
    // biome-ignore lint/a11y/useAriaPropsSupportedByRole: focused on purpose (GOV.UK error summary); the name is what a screen reader reads on focus.
    <div
      class="error-summary"
      id="error-summary"
      ref={box}
      tabIndex={-1}
      aria-labelledby="error-summary-title"
      hidden={errors.length === 0}
      autofocus={autofocus}
    >
      <h2 class="error-summary__title" id="error-summary-title">
        {say(text, 'ui.errorSummary')}
      </h2>
      <ul class="error-summary__list">
        {errors.map((error) => (
          <li>
            <a href={`#${fieldId(error.name)}`}>{error.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
