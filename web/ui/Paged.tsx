import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { nextLimit, PAGE_SIZE, type PageView, pageView } from './paging.ts';

export interface Paged<T> {
  /** The rows to render: the first page (or more) of the whole, already sorted set. */
  rows: T[];
  view: PageView;
  setLimit: (limit: number) => void;
}

/**
 * Shows the first 25 rows of a long table; `PagedControls` under the table adds 25 more, all, or collapses
 * again. Sort (and filter) the whole set before passing it in, so sorting still works on every row.
 */
export function usePaged<T>(all: readonly T[], size = PAGE_SIZE): Paged<T> {
  const [limit, setLimit] = useState(size);
  const view = pageView(all.length, limit, size);
  return { rows: all.slice(0, view.shown), view, setLimit };
}

/**
 * The controls under a paged table: "Viser 1–25 af 80" (announced politely when it changes), "Vis 25 mere",
 * "Vis alle 80" and, once everything shows, "Vis færre". Renders nothing for a table of one page.
 * `label` names the table for screen readers when a page has several.
 */
export function PagedControls<T>({ paged, label }: { paged: Paged<T>; label?: string }) {
  const { t, format } = useI18n();
  const { view } = paged;
  // The button pressed disappears ("Vis alle" once all show, "Vis færre"): keep the focus in the controls.
  const group = useRef<HTMLFieldSetElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    const target = group.current?.querySelector('button');
    if (target && !group.current?.contains(document.activeElement)) target.focus();
  });
  const setLimit = (limit: number) => {
    refocus.current = true;
    paged.setLimit(limit);
  };
  if (!view.long) return null;
  return (
    <fieldset ref={group} className="paged-controls" aria-label={label ?? t('ui.paged.nav')}>
      <span className="paged-status" role="status" aria-live="polite">
        {t('ui.paged.showing', {
          from: format.number(1),
          to: format.number(view.shown),
          total: format.number(view.total),
        })}
      </span>
      {view.more > 0 && (
        <button
          type="button"
          className="btn btn-secondary btn-small"
          onClick={() => setLimit(nextLimit(view))}
        >
          {t('ui.paged.more', { count: format.number(view.more) })}
        </button>
      )}
      {view.more > 0 && (
        <button type="button" className="btn btn-secondary btn-small" onClick={() => setLimit(view.total)}>
          {t('ui.paged.all', { total: format.number(view.total) })}
        </button>
      )}
      {view.expanded && (
        <button type="button" className="btn btn-link btn-small" onClick={() => setLimit(0)}>
          {t('ui.paged.fewer')}
        </button>
      )}
    </fieldset>
  );
}
