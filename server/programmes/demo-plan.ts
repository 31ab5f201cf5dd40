import type { Kysely } from 'kysely';
import { addMonths } from '../../shared/complaints/dates.ts';
import type { Tenant } from '../auth/context.ts';
import type { Database } from '../db/types.ts';
import { insertChild } from './plan-repository.ts';
import { insertProgramme, setProgrammeUnits } from './repository.ts';

type Db = Kysely<Database>;

const plus = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The plan of the demo programme: two teams ("hold"), the usual phases, notes, quotes and action plans. */
export async function seedDemoPlan(
  db: Db,
  tenant: Tenant,
  d: { startsOn: string; endsOn: string; participants: string[]; comparison: string },
) {
  const [reception, sick] = d.participants as [string, string];
  const id = await insertProgramme(db, tenant, {
    name: 'Bedre Borgerdialog i Jobcentret',
    purpose:
      'Et fælles fundament for det professionelle og imødekommende møde med borgeren: tidlig og proaktiv kommunikation, proces og fairness, teknikker fra mægling og konflikthåndtering.',
    starts_on: d.startsOn,
    ends_on: d.endsOn,
    baseline_months: 6,
    follow_up_months: 6,
    next_steps:
      'Udbred forløbet til Ydelsesservice. Gentag medarbejderpulsen hvert halve år, og følg klager om ventetid særskilt. Saml de bedste råd i biblioteket med gode råd.',
  });
  await setProgrammeUnits(db, tenant, id, [
    { unitId: reception, role: 'participant', teams: 'Hold 1' },
    { unitId: sick, role: 'participant', teams: 'Hold 2' },
    { unitId: d.comparison, role: 'comparison', teams: '' },
  ]);
  const phases = [
    {
      kind: 'focus_group',
      title: 'Fokusgruppeinterview med medarbejdere',
      starts_on: plus(d.startsOn, -40),
      team: '',
    },
    {
      kind: 'partnership_meeting',
      title: 'Indledende partnerskabsmøde',
      starts_on: plus(d.startsOn, -21),
      team: '',
    },
    { kind: 'kick_off', title: 'Kick off for alle deltagere', starts_on: d.startsOn, team: '' },
    {
      kind: 'training_day',
      title: 'Træningsdag 1: Tidlig og proaktiv kommunikation',
      starts_on: plus(d.startsOn, 21),
      team: 'Hold 1',
    },
    {
      kind: 'training_day',
      title: 'Træningsdag 1: Tidlig og proaktiv kommunikation',
      starts_on: plus(d.startsOn, 28),
      team: 'Hold 2',
    },
    {
      kind: 'training_day',
      title: 'Træningsdag 2: Proces, fairness og konflikthåndtering',
      starts_on: plus(d.startsOn, 70),
      team: 'Hold 1',
    },
    {
      kind: 'training_day',
      title: 'Træningsdag 2: Proces, fairness og konflikthåndtering',
      starts_on: plus(d.startsOn, 77),
      team: 'Hold 2',
    },
    {
      kind: 'evaluation_day',
      title: 'Evaluerings- og perspektiveringsdag',
      starts_on: plus(d.endsOn, -30),
      team: '',
    },
    {
      kind: 'follow_up_meeting',
      title: 'Opfølgende partnerskabsmøde',
      starts_on: addMonths(d.endsOn, 3),
      team: '',
    },
  ];
  for (const p of phases) {
    await insertChild(db, tenant, id, 'dialog_phase', {
      ...p,
      ends_on: null,
      notes: '',
      done: p.starts_on <= d.endsOn,
    });
  }
  const notes = [
    {
      kind: 'focus_group' as const,
      unit_id: reception,
      body: 'Medarbejderne oplever mange henvendelser om ventetid og manglende svar. Flere savner fælles formuleringer til svære samtaler og tid til at sparre med kolleger.',
    },
    {
      kind: 'focus_group' as const,
      unit_id: sick,
      body: 'Borgerne forstår ikke altid, hvorfor de skal dokumentere det samme flere gange. Medarbejderne vil gerne inddrage borgeren tidligere i planen.',
    },
    {
      kind: 'quote' as const,
      unit_id: reception,
      body: '“Nu ringer vi borgeren op, før de når at rykke for svar – det har ændret tonen i samtalerne.”',
    },
    {
      kind: 'quote' as const,
      unit_id: sick,
      body: '“Makkerskabet gør, at jeg tør prøve nye ting af i mødet med borgeren og få feedback bagefter.”',
    },
  ];
  for (const n of notes) {
    await insertChild(db, tenant, id, 'dialog_note', {
      ...n,
      held_on: n.kind === 'focus_group' ? plus(d.startsOn, -40) : plus(d.endsOn, -30),
    });
  }
  const plans = [
    ['Hanne', 'Jonas', reception, 'Ringe borgeren op inden for to dage ved nye sager', 'followed_up', true],
    ['Jonas', 'Hanne', reception, 'Bruge fælles skabelon til at forklare næste skridt', 'followed_up', true],
    [
      'Fatima',
      'Per',
      reception,
      'Tale i øjenhøjde ved skranken; spørge ind til borgerens situation',
      'in_progress',
      false,
    ],
    ['Per', 'Fatima', sick, 'Inddrage borgeren i planen ved første samtale', 'followed_up', false],
    ['Louise', 'Ahmed', sick, 'Sende kort skriftlig opsummering efter hvert møde', 'followed_up', true],
    ['Ahmed', 'Louise', sick, 'Afstemme forventninger om sagsbehandlingstid tidligt', 'planned', false],
  ] as const;
  for (const [participant, buddy, unit, goal, status, shared] of plans) {
    await insertChild(db, tenant, id, 'dialog_action_plan', {
      unit_id: unit,
      participant,
      buddy,
      goal,
      actions: 'Afprøves i egen praksis mellem træningsdagene; drøftes med makkeren hver anden uge.',
      follow_up_on: plus(d.endsOn, -30),
      status,
      follow_up_note: status === 'followed_up' ? 'Fulgt op på evalueringsdagen: virker, fortsætter.' : '',
      shared,
    });
  }
  return id;
}
