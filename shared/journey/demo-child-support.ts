import { step as s } from './demo-build.ts';
import type { JourneyInput } from './journey.ts';
import { days } from './limits.ts';

/** The Hansen family and Noah, 7, who struggles at school: health visitor, PPR, caseworker, school… */
export const childSupportDemo: JourneyInput = {
  title: 'Familie med et barn, der har brug for støtte',
  persona: 'Familien Hansen: Maria og Kasper og deres søn Noah på 7 år',
  situation:
    'Noah har svært ved at være i klassen og har mange konflikter. Forældrene oplever at blive sendt rundt mellem skole, PPR og familieafdelingen.',
  ownerUnitId: null,
  status: 'as_is',
  stages: [
    { id: 'bekymring', name: 'Bekymring' },
    { id: 'udredning', name: 'Udredning' },
    { id: 'indsats', name: 'Indsats' },
  ],
  actors: [
    {
      id: 'sundhedsplejerske',
      kind: 'employee',
      profession: 'Sundhedsplejerske',
      department: 'sundhedspleje',
      unitName: 'Sundhedsplejen',
    },
    {
      id: 'daginstitution',
      kind: 'department',
      name: 'Børnehaven Solsikken',
      department: 'dagtilbud',
      unitName: 'Dagtilbud Øst',
    },
    {
      id: 'laerer',
      kind: 'employee',
      profession: 'Klasselærer',
      name: 'Pia',
      department: 'skole',
      unitName: 'Vestre Skole',
    },
    {
      id: 'skoleleder',
      kind: 'employee',
      profession: 'Skoleleder',
      department: 'skole',
      unitName: 'Vestre Skole',
    },
    { id: 'aula', kind: 'self_service', name: 'Aula', department: 'skole', unitName: 'Vestre Skole' },
    {
      id: 'psykolog',
      kind: 'employee',
      profession: 'PPR-psykolog',
      department: 'ppr',
      unitName: 'Pædagogisk Psykologisk Rådgivning',
    },
    {
      id: 'raadgiver',
      kind: 'employee',
      profession: 'Sagsbehandler (familierådgiver)',
      name: 'Jonas',
      department: 'familie',
      unitName: 'Familieafdelingen',
    },
    {
      id: 'familiebehandler',
      kind: 'employee',
      profession: 'Familiebehandler',
      department: 'familie',
      unitName: 'Familiehuset',
    },
    { id: 'laege', kind: 'external', name: 'Egen læge', organisation: 'Lægehuset Vestergade' },
    {
      id: 'bup',
      kind: 'external',
      name: 'Børne- og ungdomspsykiatrien',
      organisation: 'Regionens børne- og ungdomspsykiatri',
    },
    { id: 'mormor', kind: 'relative', name: 'Mormor' },
  ],
  steps: [
    s('f1', 'bekymring', 'daginstitution', 'in_person', 'Pædagogen nævner uro og konflikter ved afhentning', {
      durationMinutes: 10,
      emotion: -1,
    }),
    s(
      'f2',
      'bekymring',
      'sundhedsplejerske',
      'home_visit',
      'Sundhedsplejersken ved skolestart: råd om søvn og rutiner',
      {
        waitingMinutes: days(60),
        durationMinutes: 60,
        emotion: 1,
      },
    ),
    s('f3', 'bekymring', 'aula', 'self_service', 'Beskeder i Aula om konflikter i frikvartererne', {
      waitingMinutes: days(45),
      emotion: -2,
      painPoints: ['Mange negative beskeder og ingen plan'],
    }),
    s('f4', 'bekymring', 'laerer', 'in_person', 'Skole-hjem-samtale: læreren foreslår at inddrage PPR', {
      waitingMinutes: days(7),
      durationMinutes: 30,
      emotion: -1,
    }),
    s('f5', 'bekymring', 'skoleleder', 'letter_digital_post', 'Samtykkeerklæring til PPR skal underskrives', {
      waitingMinutes: days(5),
      emotion: 0,
      painPoints: ['Forstår ikke, hvad samtykket giver adgang til'],
    }),
    s('f6', 'udredning', 'psykolog', 'in_person', 'Første møde med PPR-psykologen', {
      waitingMinutes: days(42),
      durationMinutes: 60,
      emotion: 0,
      painPoints: ['Seks ugers ventetid'],
    }),
    s(
      'f7',
      'udredning',
      'laerer',
      'in_person',
      'Psykologen observerer i klassen; læreren giver forældrene besked',
      {
        waitingMinutes: days(14),
        durationMinutes: 15,
        emotion: 0,
      },
    ),
    s(
      'f8',
      'udredning',
      'psykolog',
      'letter_digital_post',
      'Pædagogisk-psykologisk vurdering: anbefaler udredning',
      {
        waitingMinutes: days(30),
        emotion: -1,
        painPoints: ['Fagsprog i vurderingen'],
      },
    ),
    s('f9', 'udredning', 'laege', 'in_person', 'Egen læge henviser til børne- og ungdomspsykiatrien', {
      waitingMinutes: days(10),
      durationMinutes: 15,
      emotion: -1,
    }),
    s('f10', 'udredning', 'bup', 'letter_digital_post', 'Brev om ventetid på udredning: ca. 9 måneder', {
      waitingMinutes: days(21),
      emotion: -2,
      painPoints: ['Ingen hjælp i ventetiden', 'Ingen ved, hvem der har ansvaret nu'],
      opportunities: ['Tilbud til familien i ventetiden'],
    }),
    s(
      'f11',
      'udredning',
      'mormor',
      'home_visit',
      'Mormor henter Noah tidligt, når skoledagen bliver for lang',
      {
        emotion: 0,
        handover: 'no',
      },
    ),
    s('f12', 'udredning', 'psykolog', 'phone', 'Forældrene ringer til PPR: henvises til familieafdelingen', {
      waitingMinutes: days(30),
      durationMinutes: 15,
      emotion: -2,
      handover: 'no',
      painPoints: ['Sendt videre igen'],
    }),
    s('f13', 'indsats', 'raadgiver', 'phone', 'Rådgiver i familieafdelingen modtager henvendelsen', {
      waitingMinutes: days(3),
      durationMinutes: 30,
      emotion: 0,
    }),
    s('f14', 'indsats', 'raadgiver', 'in_person', 'Børnefaglig undersøgelse: samtaler med forældre og Noah', {
      waitingMinutes: days(28),
      durationMinutes: 120,
      emotion: -1,
      painPoints: ['Føler sig mistænkt som forældre'],
    }),
    s('f15', 'indsats', 'psykolog', 'in_person', 'Netværksmøde på skolen med PPR, skole og rådgiver', {
      waitingMinutes: days(21),
      durationMinutes: 90,
      emotion: 1,
      opportunities: ['Ét fælles møde fra starten'],
    }),
    s('f16', 'indsats', 'raadgiver', 'letter_digital_post', 'Afgørelse om familiebehandling', {
      waitingMinutes: days(14),
      emotion: 1,
    }),
    s('f17', 'indsats', 'familiebehandler', 'home_visit', 'Familiebehandling i hjemmet hver anden uge', {
      waitingMinutes: days(21),
      durationMinutes: 90,
      emotion: 1,
    }),
    s('f18', 'indsats', 'laerer', 'in_person', 'Skolen indfører pauser og en fast voksen i frikvartererne', {
      waitingMinutes: days(14),
      durationMinutes: 30,
      emotion: 2,
    }),
    s('f19', 'indsats', 'bup', 'in_person', 'Udredning i børne- og ungdomspsykiatrien går i gang', {
      waitingMinutes: days(150),
      durationMinutes: 180,
      emotion: 0,
    }),
  ],
  assessment: {
    cooperation_start: {
      text: 'Bekymringen var kendt i børnehaven – overgangen til skole kunne bruges.',
      stepIds: ['f1'],
    },
    needs_coordination: {
      text: 'PPR, skole og familieafdeling sender familien rundt.',
      stepIds: ['f8', 'f12'],
    },
    leave_to_others: {
      text: 'Skolen kan selv lave tilpasninger uden at vente på udredning.',
      stepIds: ['f18'],
    },
  },
};
