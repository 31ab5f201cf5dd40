/** Danish texts of the shared UI components (the reference: nb and en must have the same keys). */
export const uiDa = {
  'ui.copied': 'Kopieret',
  'ui.copyFailed': 'Kunne ikke kopiere – markér linket og kopiér selv',
  'ui.paged.showing': 'Viser {from}–{to} af {total}',
  'ui.paged.all': 'Vis alle {total}',
  'ui.paged.more': 'Vis {count} mere',
  'ui.paged.fewer': 'Vis færre',
  'ui.paged.nav': 'Sider i tabellen',
  'ui.unitPicker.search': 'Søg efter enhed',
  'ui.unitPicker.expand': 'Fold {name} ud',
  'ui.unitPicker.collapse': 'Fold {name} sammen',
  'ui.unitPicker.selected_one': '{count} enhed valgt',
  'ui.unitPicker.selected_other': '{count} enheder valgt',
  'ui.unitPicker.noMatch': 'Ingen enheder matcher søgningen.',
  'ui.unitPicker.expandAll': 'Fold alle ud',
  'ui.unitPicker.collapseAll': 'Fold alle sammen',
  'ui.onThisPage': 'På denne side',
} as const;
