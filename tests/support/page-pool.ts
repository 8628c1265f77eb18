/**
 * A few recorded browser contexts reused across the every-page checks. A fresh context and page
 * costs about half a second of renderer start-up on these machines, which is a fifth of the time
 * each page's check takes; reusing them keeps `npm test` short as pages × locales grow.
 */
import { openContext, type RecordedContext } from './browser.ts';

interface Pooled {
  recorded: RecordedContext;
  uses: number;
}

// history.length stops growing at 50, and a check reads it; each use adds two entries (the page, then about:blank).
const maxUses = 12;

export function pagePool() {
  const idle: Pooled[] = [];

  /** Runs `check` in a clean pooled context: nothing recorded yet, no cookies, no storage. */
  async function use<T>(check: (recorded: RecordedContext) => Promise<T>): Promise<T> {
    const pooled = idle.pop() ?? { recorded: await openContext(), uses: 0 };
    const { requests, foreign, cspViolations } = pooled.recorded;
    requests.length = 0;
    foreign.length = 0;
    cspViolations.length = 0;
    let passed = false;
    try {
      const result = await check(pooled.recorded);
      passed = true;
      return result;
    } finally {
      pooled.uses += 1;
      // A check that failed may have left cookies or storage behind: never hand that context on.
      if (passed && pooled.uses < maxUses) {
        // Park on a blank page so nothing the last page started is recorded against the next one.
        await pooled.recorded.page.goto('about:blank');
        idle.push(pooled);
      } else {
        await pooled.recorded.context.close();
      }
    }
  }

  async function close(): Promise<void> {
    await Promise.all(idle.splice(0).map((pooled) => pooled.recorded.context.close()));
  }

  return { use, close };
}
