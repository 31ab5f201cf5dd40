import type { unitsDa } from './da.ts';

/** English texts of the organisation page (keys `units.`, `unit.`, `kind.`). */
export const unitsEn: Record<keyof typeof unitsDa, string> = {
  'kind.DK.administration': 'Administration (forvaltning)',
  'kind.DK.department': 'Centre/department',
  'kind.DK.unit': 'Unit',
  'kind.NO.administration': 'Sector',
  'kind.NO.department': 'Department',
  'kind.NO.unit': 'Unit',
  'unit.entranceBadge': 'Citizen entrance',
  'unit.archivedBadge': 'Archived',
  'unit.orphanBadge': 'Missing parent unit',
  'units.title': 'Organisation',
  'units.intro':
    "Build the municipality's organisation in levels. Mark the places where citizens meet the municipality as citizen entrances.",
  'units.treeLabel': 'Organisation tree',
  'units.showArchived': 'Show archived units',
  'units.empty': 'There are no units yet. Start by creating the top level.',
  'units.cycleWarning':
    'Some units point to each other in a loop, so they are shown at the top level – move them.',
  'units.create.title': 'Create unit',
  'units.create.submit': 'Create unit',
  'units.created': '{name} has been created.',
  'units.edit.title': 'Edit {name}',
  'units.edit.none': 'Choose a unit in the tree to edit it.',
  'units.field.name': 'Name',
  'units.field.kind': 'Level',
  'units.field.parent': 'Placed under',
  'units.field.parentNone': 'Top level',
  'units.field.isEntrance': 'Citizen entrance',
  'units.field.isEntranceHint':
    'Where citizens meet the municipality, for example a citizen service centre, job centre or school.',
  'units.action.addChild': 'Add sub-unit',
  'units.action.archive': 'Archive',
  'units.action.restore': 'Restore',
  'units.saved': 'Changes to {name} have been saved.',
  'units.archiveConfirm.title': 'Archive {name}?',
  'units.archiveConfirm.body':
    'The unit is hidden in the organisation and cannot be chosen for new work. You can undo this afterwards.',
  'units.archived': '{name} has been archived.',
  'units.restored': '{name} has been restored.',
  'overview.countsTitle': 'Key figures',
  'overview.count.units': 'Active units in the organisation',
  'overview.count.entrances': 'Citizen entrances',
  'overview.count.users': 'Active users',
  'overview.count.archived': 'Archived units',
};
