// @ts-check
// Quick exit, inlined into every page (quick-exit-script.ts minifies it).
// It must run even if everything else fails, make no network request, and stay under 1 KB.
// Strings come from data-* attributes on the button, so this code (and its CSP hash) is
// the same in every language. Type-checked through JSDoc: the casts cost no bytes once minified.
(() => {
  const doc = document;
  // dataset holds strings; the press count is written as a number and read back as text by CSS.
  const root = /** @type {Omit<HTMLElement, 'dataset'> & { dataset: { qe?: string | number } }} */ (doc.documentElement);
  const button = /** @type {(HTMLAnchorElement & { dataset: { two: string; one: string; expired: string } }) | null} */ (doc.getElementById('qe'));
  if (!button) return;
  const text = button.dataset;
  // Rendered with the button by QuickExit.astro: present whenever the button is.
  const status = /** @type {HTMLElement} */ (doc.getElementById('qe-status'));
  const note = /** @type {HTMLDetailsElement} */ (doc.getElementById('qe-note'));
  const title = doc.title;
  let presses = 0;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  let shiftUsed = false;

  const reset = (message = '') => {
    presses = root.dataset.qe = 0;
    clearTimeout(timer);
    status.textContent = message;
  };

  /** @param {Event} [event] */
  const leave = (event) => {
    event?.preventDefault();
    // Hide everything at once (CSS hides the body) so nothing stays on screen while the next site loads.
    root.classList.add('qe-leaving');
    doc.title = '';
    for (const field of /** @type {NodeListOf<HTMLInputElement>} */ (doc.querySelectorAll('input,textarea,select'))) {
      if (/box|radio/.test(field.type)) field.checked = false;
      else if (!/hid|sub|but/.test(field.type)) field.value = '';
    }
    // replace, not assign: the page being left is not kept as a Back step.
    location.replace(button.href);
    // Still synchronous, so it runs before the page unloads; if storage is blocked
    // and this throws, the navigation above has already begun.
    sessionStorage.clear();
    localStorage.clear();
  };

  // The button and the skip link at the top of the page.
  for (const link of /** @type {NodeListOf<HTMLElement>} */ (doc.querySelectorAll('[data-qe]'))) link.onclick = leave;

  // Shift three times within 5 seconds. A Shift that was used to type a capital
  // does not count, and any other key starts the count again.
  addEventListener(
    'keyup',
    (event) => {
      if (event.key !== 'Shift') {
        shiftUsed = event.shiftKey;
        return reset();
      }
      if (shiftUsed) return (shiftUsed = false);
      clearTimeout(timer);
      if (++presses > 2) return leave();
      root.dataset.qe = presses;
      status.textContent = presses < 2 ? text.two : text.one;
      timer = setTimeout(() => reset(text.expired), 5000);
    },
    true,
  );

  // Back/forward cache: never show a blank page when someone comes back.
  addEventListener('pageshow', () => {
    root.classList.remove('qe-leaving');
    doc.title = title;
    reset();
  });

  // The note explaining quick exit stays closed only if the person asks us to remember.
  // Last on purpose: if storage is blocked this throws, after everything above is set up.
  const remember = /** @type {HTMLButtonElement} */ (note.querySelector('button'));
  remember.hidden = false;
  remember.onclick = () => {
    note.open = false;
    localStorage.qeNote = 1;
  };
  if (localStorage.qeNote) note.open = false;
})();
