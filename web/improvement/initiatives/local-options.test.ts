import { describe, expect, it } from 'vitest';
import type { SurveyDto } from '../../../shared/api/surveys.ts';
import { localOptions, toLocalMeasure } from './local-options.ts';

const survey = (id: string, title: string, localQuestions: unknown[]) =>
  ({ id, title, definition: { sets: ['coherence'], localQuestions } }) as unknown as SurveyDto;
const text = { da: 'Var personalet venligt?', en: 'Were the staff friendly?' };

describe("a survey's local questions as measures", () => {
  it('offers the scale questions of every survey, named by survey and question text', () => {
    const surveys = [
      survey('s1', 'Borgerservice', [
        { id: 'local.venlig', type: 'scale', scaleId: 'agree5', text, required: false },
        { id: 'local.fri', type: 'free_text', text: { da: 'Andet?' }, required: false, maxLength: 200 },
      ]),
      survey('s2', 'Jobcenter', [
        { id: 'local.venlig', type: 'scale', scaleId: 'agree5', text: { nb: 'Vennlig?' } },
      ]),
      survey('s3', 'Uden egne', []),
    ];
    expect(localOptions(surveys, 'en')).toEqual([
      { id: 's1/local.venlig', label: 'Borgerservice: Were the staff friendly?' },
      { id: 's2/local.venlig', label: 'Jobcenter: Vennlig?' },
    ]);
    expect(localOptions(surveys, 'da')[0]?.label).toBe('Borgerservice: Var personalet venligt?');
  });

  it('turns a picked option back into survey and question id', () => {
    expect(toLocalMeasure('0b8e5c1e-1111-4222-8333-944444444444/local.venlig')).toEqual({
      surveyId: '0b8e5c1e-1111-4222-8333-944444444444',
      questionId: 'local.venlig',
    });
  });
});
