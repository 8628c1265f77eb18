/**
 * Leaving with answers typed loses them: the browser asks first. Never on quick exit, which marks
 * the page before it leaves: a "Leave site?" box would hold the person on this page.
 */
import { useEffect } from 'preact/hooks';
import { quickExitIsLeaving } from '../../components/QuickExit/leaving.ts';

export function useLeaveWarning(shouldWarn: boolean): void {
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (quickExitIsLeaving() || !shouldWarn) return;
      event.preventDefault();
      // Older browsers ask only when returnValue is set.
      event.returnValue = '';
    };
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [shouldWarn]);
}
