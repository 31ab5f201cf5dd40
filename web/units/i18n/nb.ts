import type { unitsDa } from './da.ts';

/** Norwegian (bokmål) texts of the organisation page (keys `units.`, `unit.`, `kind.`). */
export const unitsNb: Record<keyof typeof unitsDa, string> = {
  'kind.DK.administration': 'Forvaltning',
  'kind.DK.department': 'Senter/avdeling',
  'kind.DK.unit': 'Enhet',
  'kind.NO.administration': 'Sektor',
  'kind.NO.department': 'Avdeling',
  'kind.NO.unit': 'Enhet',
  'unit.entranceBadge': 'Innbyggerinngang',
  'unit.archivedBadge': 'Arkivert',
  'unit.orphanBadge': 'Mangler overordnet enhet',
  'units.title': 'Organisasjon',
  'units.intro':
    'Bygg opp kommunens organisasjon i nivåer. Merk stedene der innbyggerne møter kommunen, som innbyggerinnganger.',
  'units.treeLabel': 'Organisasjonstre',
  'units.showArchived': 'Vis arkiverte enheter',
  'units.empty': 'Det er ingen enheter ennå. Begynn med å opprette øverste nivå.',
  'units.cycleWarning':
    'Noen enheter peker på hverandre i ring. De vises derfor på øverste nivå – flytt dem.',
  'units.create.title': 'Opprett enhet',
  'units.create.submit': 'Opprett enhet',
  'units.created': '{name} er opprettet.',
  'units.edit.title': 'Rediger {name}',
  'units.edit.none': 'Velg en enhet i treet for å redigere den.',
  'units.field.name': 'Navn',
  'units.field.kind': 'Nivå',
  'units.field.parent': 'Plassert under',
  'units.field.parentNone': 'Øverste nivå',
  'units.field.isEntrance': 'Innbyggerinngang',
  'units.field.isEntranceHint':
    'Her møter innbyggerne kommunen, for eksempel et servicetorg, NAV-kontor eller en skole.',
  'units.action.addChild': 'Legg til underenhet',
  'units.action.archive': 'Arkiver',
  'units.action.restore': 'Gjenopprett',
  'units.saved': 'Endringene i {name} er lagret.',
  'units.archiveConfirm.title': 'Arkivere {name}?',
  'units.archiveConfirm.body':
    'Enheten skjules i organisasjonen og kan ikke velges til nytt arbeid. Du kan angre etterpå.',
  'units.archived': '{name} er arkivert.',
  'units.restored': '{name} er gjenopprettet.',
  'overview.countsTitle': 'Nøkkeltall',
  'overview.count.units': 'Aktive enheter i organisasjonen',
  'overview.count.entrances': 'Innbyggerinnganger',
  'overview.count.users': 'Aktive brukere',
  'overview.count.archived': 'Arkiverte enheter',
};
