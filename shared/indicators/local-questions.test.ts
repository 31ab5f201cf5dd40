import { describe, expect, it } from 'vitest';
import { localQuestionSchema, localQuestionsSchema, MAX_LOCAL_QUESTIONS } from './index.ts';

const scaleQ = (n: number) => ({
  id: `local.q${n}`,
  type: 'scale',
  text: { da: `Spørgsmål ${n}` },
  scaleId: 'agree5',
});

describe('local questions', () => {
  it('accepts the three question types and fills defaults', () => {
    const free = localQuestionSchema.parse({
      id: 'local.comment',
      type: 'free_text',
      text: { nb: 'Kommentar' },
    });
    expect(free).toMatchObject({ type: 'free_text', maxLength: 2000, required: false });
    const choice = localQuestionSchema.parse({
      id: 'local.channel',
      type: 'single_choice',
      text: { da: 'Hvordan kontaktede du os?', en: 'How did you contact us?' },
      options: [
        { key: 'phone', label: { da: 'Telefon' } },
        { key: 'visit', label: { da: 'Personligt fremmøde' } },
      ],
    });
    expect(choice.type).toBe('single_choice');
    expect(localQuestionSchema.parse(scaleQ(1)).type).toBe('scale');
  });

  it(`allows at most ${MAX_LOCAL_QUESTIONS} questions with unique ids`, () => {
    const ten = Array.from({ length: MAX_LOCAL_QUESTIONS }, (_, i) => scaleQ(i));
    expect(localQuestionsSchema.safeParse(ten).success).toBe(true);
    expect(localQuestionsSchema.safeParse([...ten, scaleQ(99)]).success).toBe(false);
    expect(localQuestionsSchema.safeParse([scaleQ(1), scaleQ(1)]).success).toBe(false);
  });

  it('locks built-in items: ids outside the local namespace are rejected', () => {
    expect(localQuestionSchema.safeParse({ ...scaleQ(1), id: 'coherence.language' }).success).toBe(false);
  });

  it('rejects missing Danish/Norwegian text, too few options, and unknown fields', () => {
    expect(localQuestionSchema.safeParse({ ...scaleQ(1), text: { en: 'Only English' } }).success).toBe(false);
    const oneOption = {
      id: 'local.x',
      type: 'single_choice',
      text: { da: 'X' },
      options: [{ key: 'a', label: { da: 'A' } }],
    };
    expect(localQuestionSchema.safeParse(oneOption).success).toBe(false);
    expect(localQuestionSchema.safeParse({ ...scaleQ(1), locked: false }).success).toBe(false);
    expect(localQuestionSchema.safeParse({ ...scaleQ(1), scaleId: 'agree7' }).success).toBe(false);
  });
});
