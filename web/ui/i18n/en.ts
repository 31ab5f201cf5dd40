import type { uiDa } from './da.ts';

/** English texts of the shared UI components. */
export const uiEn: Record<keyof typeof uiDa, string> = {
  'ui.copied': 'Copied',
  'ui.copyFailed': 'Could not copy – select the link and copy it yourself',
  'ui.paged.showing': 'Showing {from}–{to} of {total}',
  'ui.paged.all': 'Show all {total}',
  'ui.paged.more': 'Show {count} more',
  'ui.paged.fewer': 'Show fewer',
  'ui.paged.nav': 'Table pages',
  'ui.unitPicker.search': 'Search for a unit',
  'ui.unitPicker.expand': 'Expand {name}',
  'ui.unitPicker.collapse': 'Collapse {name}',
  'ui.unitPicker.selected_one': '{count} unit selected',
  'ui.unitPicker.selected_other': '{count} units selected',
  'ui.unitPicker.noMatch': 'No unit matches the search.',
  'ui.unitPicker.expandAll': 'Expand all',
  'ui.unitPicker.collapseAll': 'Collapse all',
  'ui.unitChoice.choose': 'Choose unit',
  'ui.unitChoice.none': 'No unit chosen',
  'ui.onThisPage': 'On this page',
};
