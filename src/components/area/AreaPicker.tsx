/**
 * Choose a place by typing: an ARIA 1.2 combobox (input + listbox popup, list autocomplete)
 * over councils and towns, matched in the page from /<locale>/areas.json. Nothing typed
 * leaves the page. Used by the directory search and the Clare's Law route finder.
 *
 * Keys: Down/Up move through suggestions, Enter chooses, Escape closes (a second Escape
 * clears), Tab leaves. The count of suggestions is announced in a polite status.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Area } from '../../areas/area.ts';
import { suggest, type Suggestion } from '../../areas/typeahead.ts';
import { fill, plural } from '../../i18n/format.ts';

export interface AreaPickerText {
  label: string;
  hint: string;
  loading: string;
  none: string;
  /**
   * Said when someone types in another script (Arabic, say). The place list holds English names
   * only and no sourced list of names in other scripts exists yet, so the honest answer is to say so.
   */
  latinOnly: string;
  /** "in {{council}}", after a town's name. */
  in: string;
  /** Count of suggestions per plural category, with {{count}}. */
  count: Record<string, string>;
  clear: string;
}

interface Props {
  id: string;
  locale: string;
  text: AreaPickerText;
  /** Undefined while the place list loads. */
  areas: Area[] | undefined;
  /** The chosen council, if any. */
  chosen: Area | undefined;
  onChoose: (area: Area | undefined) => void;
  /** Called the first time the field is used, so the place list loads only when wanted. */
  onFirstUse?: () => void;
}

export default function AreaPicker({ id, locale, text, areas, chosen, onChoose, onFirstUse }: Props) {
  const [typed, setTyped] = useState(chosen?.name ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const suggestions = useMemo(() => (areas && open ? suggest(areas, typed) : []), [areas, typed, open]);
  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const expanded = open && suggestions.length > 0;
  // A place chosen before the list loaded (from a shared link) is named once it arrives.
  useEffect(() => {
    if (chosen && typed === '') setTyped(chosen.name);
  }, [chosen?.id]);

  const choose = (suggestion: Suggestion) => {
    setTyped(suggestion.label);
    setOpen(false);
    setActive(-1);
    onChoose(suggestion.area);
  };
  const input = useRef<HTMLInputElement>(null);
  const clear = () => {
    setTyped('');
    setOpen(false);
    setActive(-1);
    onChoose(undefined);
    // "Clear area" disappears once cleared: focus goes to the empty field, ready to type, not to the page body.
    input.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) setOpen(true);
      if (suggestions.length === 0) return;
      const last = suggestions.length - 1;
      // Wraps at either end, as the ARIA pattern allows.
      setActive((current) => (event.key === 'ArrowDown' ? (current >= last ? 0 : current + 1) : current <= 0 ? last : current - 1));
    } else if (event.key === 'Enter') {
      // Enter chooses the highlighted place, or the only one; it never submits the search.
      const pick = suggestions[active] ?? (suggestions.length === 1 ? suggestions[0] : undefined);
      if (expanded) event.preventDefault();
      if (pick) choose(pick);
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (typed) {
        event.preventDefault();
        clear();
      }
    }
  };

  const otherScript = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u.test(typed);
  const status =
    !open || typed.trim() === ''
      ? ''
      : !areas
        ? text.loading
        : suggestions.length === 0
          ? otherScript
            ? text.latinOnly
            : text.none
          : plural(text.count, locale, suggestions.length);

  return (
    <div class="field area-picker">
      <label for={id}>{text.label}</label>
      <p class="hint" id={`${id}-hint`}>
        {text.hint}
      </p>
      <div class="area-picker__control">
        <input
          id={id}
          ref={input}
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-describedby={`${id}-hint`}
          aria-activedescendant={expanded && active >= 0 && active < suggestions.length ? optionId(active) : undefined}
          value={typed}
          onFocus={() => onFirstUse?.()}
          onInput={(event) => {
            setTyped(event.currentTarget.value);
            setOpen(true);
            setActive(-1);
            if (chosen) onChoose(undefined);
          }}
          onKeyDown={onKeyDown}
          // Close when focus leaves, after a click on an option has had its turn.
          onBlur={() => setTimeout(() => setOpen(false), 150)}
        />
        {/* The ARIA 1.2 combobox pattern: focus stays in the input, which points at the active option. */}
        {/* biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a listbox of options is the combobox pattern. */}
        <ul id={listId} role="listbox" aria-label={text.label} class="area-picker__list" hidden={!expanded}>
          {suggestions.map((suggestion, index) => (
            // biome-ignore lint/a11y/useFocusableInteractive: options are reached from the input (aria-activedescendant), never focused.
            <li
              id={optionId(index)}
              // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: an option of the listbox above.
              role="option"
              aria-selected={index === active}
              class={index === active ? 'area-picker__option area-picker__option--active' : 'area-picker__option'}
              // mousedown, not click: it comes before the input's blur.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(suggestion);
              }}
            >
              {suggestion.label}
              {suggestion.council && <span class="area-picker__council"> {fill(text.in, { council: suggestion.council })}</span>}
            </li>
          ))}
        </ul>
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      {otherScript && suggestions.length === 0 && (
        <p class="hint area-picker__latin" id={`${id}-latin`}>
          {text.latinOnly}
        </p>
      )}
      {(typed || chosen) && (
        <button type="button" class="button button--secondary area-picker__clear" onClick={clear}>
          {text.clear}
        </button>
      )}
    </div>
  );
}
