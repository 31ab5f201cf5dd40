import { createContext, type ReactNode, startTransition, useContext, useLayoutEffect, useState } from 'react';
import { type AroundNavHandler, type BaseLocationHook, Router } from 'wouter';
import { navigate } from 'wouter/use-browser-location';

/** The address shown: path and query string as the browser has them (not decoded), and the history state. */
export interface Place {
  path: string;
  /** `location.search`: empty, or starting with `?`. */
  search: string;
  state: unknown;
}

const here = (): Place => ({ path: location.pathname, search: location.search, state: history.state });
const PlaceContext = createContext<Place | null>(null);

/** The address the app is showing, for a return address after sign-in and for history state. */
export function usePlace(): Place {
  const place = useContext(PlaceContext);
  if (!place) throw new Error('usePlace() needs <AppRouter>');
  return place;
}

// wouter's location hook contract: [path, navigate], with the query string from the same state, so a page
// never sees the next address's query with the previous address's path.
const useTransitionLocation: BaseLocationHook = () => [usePlace().path, navigate];
useTransitionLocation.searchHook = () => usePlace().search;

// A link to the address already shown replaces the history entry instead of adding a duplicate.
const aroundNav: AroundNavHandler = (go, to, options) =>
  go(
    to,
    options?.replace === undefined && to === location.pathname + location.search
      ? { ...options, replace: true }
      : options,
  );

// `pushState`/`replaceState` are events because wouter's browser location module patches `history`.
const EVENTS = ['popstate', 'pushState', 'replaceState'] as const;

/**
 * wouter with the address kept as React state and changed in a transition. wouter's own location hook
 * reads the address with `useSyncExternalStore`, whose updates are never transitions: a link to a page
 * whose code or texts are not loaded yet would blank the page with the loading indicator and move focus
 * before the new heading exists. In a transition the current page stays until the next one can render,
 * then both change at once (and the shell moves focus to the new page's heading).
 */
export function AppRouter({ children }: { children: ReactNode }) {
  const [place, setPlace] = useState(here);
  useLayoutEffect(() => {
    const sync = () =>
      startTransition(() =>
        setPlace((shown) => {
          const now = here();
          const same = now.path === shown.path && now.search === shown.search && now.state === shown.state;
          return same ? shown : now;
        }),
      );
    for (const event of EVENTS) addEventListener(event, sync);
    // A child's layout effect (a redirect) may have navigated before this listener was there.
    sync();
    return () => {
      for (const event of EVENTS) removeEventListener(event, sync);
    };
  }, []);
  return (
    <PlaceContext.Provider value={place}>
      <Router hook={useTransitionLocation} aroundNav={aroundNav}>
        {children}
      </Router>
    </PlaceContext.Provider>
  );
}
