import { useState } from 'react';

/**
 * A checkbox whose state lives on the server. The box shows the new choice at once (a user — and Playwright's
 * `check()` — expects the click to take effect), is disabled while the save runs, and falls back to the saved
 * state with the error shown when the save fails.
 */
export function useSavedSwitch(saved: boolean, save: (next: boolean) => Promise<void>) {
  const [pending, setPending] = useState<boolean | null>(null);
  const [error, setError] = useState<unknown>(null);
  const toggle = async (next: boolean) => {
    setPending(next);
    setError(null);
    try {
      await save(next);
    } catch (e) {
      setError(e);
    } finally {
      setPending(null);
    }
  };
  return { checked: pending ?? saved, busy: pending !== null, error, toggle };
}
