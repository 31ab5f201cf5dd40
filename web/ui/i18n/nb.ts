import type { uiDa } from './da.ts';

/** Bokmål texts of the shared UI components. */
export const uiNb: Record<keyof typeof uiDa, string> = {
  'ui.copied': 'Kopiert',
  'ui.copyFailed': 'Kunne ikke kopiere – merk lenken og kopier selv',
  'ui.paged.showing': 'Viser {from}–{to} av {total}',
  'ui.paged.all': 'Vis alle {total}',
  'ui.paged.more': 'Vis {count} til',
  'ui.paged.fewer': 'Vis færre',
  'ui.paged.nav': 'Sider i tabellen',
  'ui.unitPicker.search': 'Søk etter enhet',
  'ui.unitPicker.expand': 'Vis under {name}',
  'ui.unitPicker.collapse': 'Skjul under {name}',
  'ui.unitPicker.selected_one': '{count} enhet valgt',
  'ui.unitPicker.selected_other': '{count} enheter valgt',
  'ui.unitPicker.noMatch': 'Ingen enheter passer til søket.',
  'ui.unitPicker.expandAll': 'Vis alle',
  'ui.unitPicker.collapseAll': 'Skjul alle',
  'ui.unitChoice.choose': 'Velg enhet',
  'ui.unitChoice.none': 'Ingen enhet valgt',
  'ui.onThisPage': 'På denne siden',
};
