/**
 * A no-JavaScript post with errors gets the form page back, GOV.UK style: the person's
 * answers put back in every field, "Error:" in the title, the error summary filled with a
 * link to each question, and each question marked with its message. The page is the one
 * Astro built (/<locale>/forms/<id>/), so both ways of filling in the form look the same.
 * linkedom parses and edits it: a maintained DOM for Node, far safer than string surgery.
 */
import { randomBytes } from 'node:crypto';
import { parseHTML } from 'linkedom';
import { escapeHtml } from '../../i18n/format.ts';
import { withQuestion } from '../../components/forms/FormText.ts';

export interface Refill {
  answers: Record<string, unknown>;
  /** Field name → message, in form order. */
  errors: { name: string; message: string }[];
  errorPrefix: string;
}

const asList = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : value === undefined || value === null ? [] : [String(value)]);

export function refillForm(template: string, { answers, errors, errorPrefix }: Refill): string {
  const { document } = parseHTML(template);
  // linkedom writes a textarea's text raw and leaves "&" in attributes as it is, so a typed
  // "</textarea><script>" would come back as live markup. Each typed value goes in as a
  // placeholder, and is put back escaped for its place once the page is a string.
  const typed: string[] = [];
  const token = randomBytes(9).toString('hex');
  const placeholder = (value: string) => `wp${token}v${typed.push(value) - 1}`;
  const form = document.querySelector('form.request-form');
  if (!form) throw new Error('The form page has no form.request-form to refill');

  for (const control of form.querySelectorAll('input, textarea, select')) {
    const name = control.getAttribute('name');
    if (!name || name === 'locale' || !(name in answers)) continue;
    const values = asList(answers[name]);
    const type = control.getAttribute('type') ?? '';
    if (control.tagName === 'TEXTAREA') control.textContent = placeholder(values[0] ?? '');
    else if (control.tagName === 'SELECT') {
      for (const option of control.querySelectorAll('option')) {
        if (values.includes(option.getAttribute('value') ?? '')) option.setAttribute('selected', '');
        else option.removeAttribute('selected');
      }
    } else if (type === 'radio' || type === 'checkbox') {
      if (values.includes(control.getAttribute('value') ?? '')) control.setAttribute('checked', '');
      else control.removeAttribute('checked');
    } else if (type !== 'hidden') control.setAttribute('value', placeholder(values[0] ?? ''));
  }

  for (const { name, message } of errors) {
    const group = form.querySelector(`[data-field="${name}"]`);
    if (!group) continue;
    group.classList.add('form-group--error');
    const slot = group.querySelector(`#e-${name}`);
    if (slot) {
      slot.removeAttribute('hidden');
      slot.innerHTML = `<span class="visually-hidden">${escapeHtml(errorPrefix)}</span> ${escapeHtml(message)}`;
    }
    // The message is read with the question: on the fieldset for a group, on the control otherwise.
    const described = group.querySelector('fieldset') ?? group.querySelector('input, textarea, select');
    if (described) {
      described.setAttribute('aria-describedby', [described.getAttribute('aria-describedby'), `e-${name}`].filter(Boolean).join(' '));
      if (!group.querySelector('fieldset')) described.setAttribute('aria-invalid', 'true');
    }
  }

  // The refilled page stays the long form: without this, the island would hydrate over the
  // answers just put back (a browser whose JavaScript failed once may run it now).
  const island = form.closest('astro-island');
  if (island) island.replaceWith(...island.childNodes);

  const summary = document.getElementById('error-summary');
  if (summary && errors.length > 0) {
    summary.removeAttribute('hidden');
    summary.setAttribute('role', 'alert');
    const list = summary.querySelector('ul');
    // Each summary line names its question (its label or legend on the page), as the island does.
    const question = (name: string) => form.querySelector(`[data-field="${name}"] .form-label, [data-field="${name}"] .form-legend`)?.textContent?.trim();
    if (list)
      list.innerHTML = errors.map(({ name, message }) => `<li><a href="#f-${name}">${escapeHtml(withQuestion(question(name), message))}</a></li>`).join('');
    document.title = `${errorPrefix} ${document.title}`;
  }
  // Escaped text is right in both places: a textarea's content and a quoted attribute value.
  return document.toString().replace(new RegExp(`wp${token}v(\\d+)`, 'g'), (_, index: string) => escapeHtml(typed[Number(index)] ?? ''));
}
