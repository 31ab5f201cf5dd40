import type { UnitSpec } from './factories.ts';

/** Demokommune's organisation: forvaltning → center/afdeling → enhed, with citizen entrances. */
export const DEMO_UNITS_DK: UnitSpec[] = [
  {
    name: 'Borger og Arbejdsmarked',
    kind: 'administration',
    children: [
      {
        name: 'Borgerservice',
        kind: 'department',
        children: [
          { name: 'Borgerservice Hovedbiblioteket', kind: 'unit', isEntrance: true },
          { name: 'Borgerservice Rådhuset', kind: 'unit', isEntrance: true },
        ],
      },
      {
        name: 'Jobcenter',
        kind: 'department',
        children: [
          { name: 'Sygedagpenge', kind: 'unit' },
          { name: 'Virksomhedsservice', kind: 'unit' },
          { name: 'Jobcenterets reception', kind: 'unit', isEntrance: true },
        ],
      },
      {
        name: 'Ydelsesservice',
        kind: 'department',
        children: [{ name: 'Boligstøtte og pension', kind: 'unit' }],
      },
    ],
  },
  {
    name: 'Social, Sundhed og Omsorg',
    kind: 'administration',
    children: [
      {
        name: 'Visitation og Hjælpemidler',
        kind: 'department',
        children: [{ name: 'Visitationen', kind: 'unit' }],
      },
      {
        name: 'Hjemmeplejen',
        kind: 'department',
        children: [
          { name: 'Hjemmepleje Nord', kind: 'unit' },
          { name: 'Hjemmepleje Syd', kind: 'unit' },
          { name: 'Sygeplejen', kind: 'unit' },
        ],
      },
      {
        name: 'Sundhed og Forebyggelse',
        kind: 'department',
        children: [
          { name: 'Træning og Rehabilitering', kind: 'unit' },
          { name: 'Sundhedsplejen', kind: 'unit' },
        ],
      },
    ],
  },
  {
    name: 'Børn og Unge',
    kind: 'administration',
    children: [
      {
        name: 'Familieafdelingen',
        kind: 'department',
        children: [
          { name: 'Borgercenter Børn og Unge', kind: 'unit', isEntrance: true },
          { name: 'Børne- og familierådgivningen', kind: 'unit' },
          { name: 'PPR', kind: 'unit' },
        ],
      },
      { name: 'Dagtilbud', kind: 'department', children: [{ name: 'Børnehuset Solsikken', kind: 'unit' }] },
    ],
  },
  {
    name: 'Teknik og Miljø',
    kind: 'administration',
    children: [
      {
        name: 'Byggeri og Miljø',
        kind: 'department',
        children: [{ name: 'Byggesagsbehandling', kind: 'unit' }],
      },
    ],
  },
];

/** A small Norwegian demo: sektor → avdeling → enhet. */
export const DEMO_UNITS_NO: UnitSpec[] = [
  {
    name: 'Helse og velferd',
    kind: 'administration',
    children: [
      {
        name: 'NAV-kontoret',
        kind: 'department',
        children: [{ name: 'Publikumsmottaket', kind: 'unit', isEntrance: true }],
      },
      { name: 'Hjemmetjenesten', kind: 'department', children: [{ name: 'Hjemmesykepleie', kind: 'unit' }] },
    ],
  },
  {
    name: 'Oppvekst',
    kind: 'administration',
    children: [
      { name: 'Barneverntjenesten', kind: 'department', children: [{ name: 'Mottak', kind: 'unit' }] },
    ],
  },
];
