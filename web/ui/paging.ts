/** How many rows a long table shows before it is expanded. */
export const PAGE_SIZE = 25;

export interface PageView {
  /** Rows shown: the first `shown` of the (already sorted) whole set. */
  shown: number;
  total: number;
  /** Rows the "show more" button adds (at most a page; 0 when everything is shown). */
  more: number;
  /** The table is longer than a page, so the controls are shown. */
  long: boolean;
  /** Everything is shown and the table can be collapsed back to a page. */
  expanded: boolean;
}

/**
 * The view of a table of `total` rows when `limit` have been asked for (a page, a page more, or all).
 * The limit is kept through re-sorting and filtering; a shrinking set just shows all it has.
 */
export function pageView(total: number, limit: number, size = PAGE_SIZE): PageView {
  const shown = Math.min(total, Math.max(size, limit));
  return {
    shown,
    total,
    more: Math.min(size, total - shown),
    long: total > size,
    expanded: total > size && shown >= total,
  };
}

/** The limit after "show N more". */
export const nextLimit = (view: PageView, size = PAGE_SIZE): number => view.shown + size;
