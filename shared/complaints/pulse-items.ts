import type { LocalizedText } from '../indicators/types.ts';

/** One item of the employee pulse, answered on the 5-point agreement scale (5 = strongly agree). */
export interface PulseItem {
  /** Stored as the survey answer's item id; a valid local question id of the survey machinery. */
  id: string;
  /** Which of the four programme goals the item belongs to. */
  goal: 'employee' | 'knowledge';
  text: LocalizedText;
}

/**
 * The employee pulse: four short statements on daily work, meetings with citizens, support and knowledge
 * sharing. Ids follow the survey machinery's `local.` convention so a pulse survey is an ordinary survey
 * (mode 'pulse') and the public survey page can show it like any other.
 */
export const PULSE_ITEMS: readonly PulseItem[] = [
  {
    id: 'local.pulse_daily_work',
    goal: 'employee',
    text: {
      da: 'Jeg er tilfreds med mit daglige arbejde.',
      nb: 'Jeg er fornøyd med det daglige arbeidet mitt.',
      en: 'I am satisfied with my daily work.',
    },
  },
  {
    id: 'local.pulse_confidence',
    goal: 'employee',
    text: {
      da: 'Jeg føler mig tryg i mødet med borgerne, også når det er svært.',
      nb: 'Jeg føler meg trygg i møtet med innbyggerne, også når det er vanskelig.',
      en: 'I feel confident in meetings with citizens, also when they are difficult.',
    },
  },
  {
    id: 'local.pulse_support',
    goal: 'employee',
    text: {
      da: 'Jeg får den støtte, jeg har brug for, fra kolleger og ledere.',
      nb: 'Jeg får den støtten jeg trenger fra kolleger og ledere.',
      en: 'I get the support I need from colleagues and leaders.',
    },
  },
  {
    id: 'local.pulse_knowledge',
    goal: 'knowledge',
    text: {
      da: 'Vi deler viden og erfaringer og evaluerer løbende, hvordan vi møder borgerne.',
      nb: 'Vi deler kunnskap og erfaringer og evaluerer løpende hvordan vi møter innbyggerne.',
      en: 'We share knowledge and experience and keep evaluating how we meet citizens.',
    },
  },
];

export const PULSE_ITEM_IDS: readonly string[] = PULSE_ITEMS.map((i) => i.id);

/** Pulse answers use the 5-point agreement scale; top-2-box (4 and 5) counts as positive. */
export const PULSE_VALUES = [1, 2, 3, 4, 5] as const;
export const PULSE_POSITIVE = 4;

/**
 * The pulse as a survey definition the survey machinery understands: no built-in citizen sets, only the
 * four items as local agreement-scale questions.
 */
export function pulseSurveyDefinition() {
  return {
    sets: [] as string[],
    localQuestions: PULSE_ITEMS.map((item) => ({
      id: item.id,
      type: 'scale' as const,
      scaleId: 'agree5' as const,
      required: false,
      text: { ...item.text },
    })),
  };
}
