/**
 * True while quick exit is taking the person away. Any code that asks before the page unloads
 * (a "Leave site?" box) must check this first: the box would hold them on this page. The inline
 * quick-exit script sets the class; it has no room left under its 1 KB budget to stop other
 * listeners itself, so tests/unit/quick-exit-script.test.ts checks every beforeunload listener uses this.
 */
export const quickExitIsLeaving = (): boolean => document.documentElement.classList.contains('qe-leaving');
