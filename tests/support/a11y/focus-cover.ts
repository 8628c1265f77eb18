/**
 * Runs in the page: is the focused element entirely hidden behind the sticky quick-exit bar
 * (WCAG 2.2 2.4.11 Focus Not Obscured)? Self-contained, because page.evaluate sends its source.
 */
export interface FocusStop {
  /** A short description of the focused element, for the failure message. */
  label: string;
  /** Tells stops apart, so a walk knows when focus has come round to where it started. */
  key: string;
  /** Entirely under the bar: the person cannot see where focus is. */
  covered: boolean;
}

export function focusedStop(): FocusStop | null {
  const element = document.activeElement;
  if (!element || element === document.body) return null;
  const bar = document.querySelector('.quick-exit');
  const label = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${(element.textContent ?? '').trim().slice(0, 40) || element.getAttribute('name') || ''}"`;
  // A number per element, kept in the page (cheap, unlike searching the whole DOM at every stop).
  const store = window as unknown as { focusStops?: WeakMap<Element, number>; focusStopCount?: number };
  const seen = (store.focusStops ??= new WeakMap());
  if (!seen.has(element)) seen.set(element, (store.focusStopCount = (store.focusStopCount ?? 0) + 1));
  const key = String(seen.get(element));
  // The bar's own controls are never behind it; neither is something with no box (hidden while focused).
  if (!bar || bar.contains(element)) return { label, key, covered: false };
  const box = element.getBoundingClientRect();
  if (box.width === 0 && box.height === 0) return { label, key, covered: false };
  const cover = bar.getBoundingClientRect();
  const inside = box.top >= cover.top - 0.5 && box.bottom <= cover.bottom + 0.5 && box.left >= cover.left - 0.5 && box.right <= cover.right + 0.5;
  // Inside the bar's box but painted above it (the skip links are): not hidden.
  const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  const covered = inside && !(top && (element.contains(top) || top.contains(element)));
  return { label, key, covered };
}
