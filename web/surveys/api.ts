import type { z } from 'zod';
import type { KioskDevice } from '../../shared/api/kiosk.ts';
import type {
  AlertRule as AlertRuleInput,
  AlertState,
  SmileyReport,
  SmileyRow,
} from '../../shared/api/smiley.ts';
import type {
  CreateSurveyInput,
  FreeTextAnswer,
  SURVEY_CHANNELS,
  SurveyDefinitionInput,
  SurveyDto,
  SurveyStats as SurveyStatsSchema,
} from '../../shared/api/surveys.ts';
import type { localQuestionSchema } from '../../shared/indicators/index.ts';
import { type RequestOptions, request } from '../api/client.ts';

type SurveyStats = z.infer<typeof SurveyStatsSchema>;

export type { AlertState, FreeTextAnswer, KioskDevice, SmileyReport, SmileyRow, SurveyStats };
export type Survey = SurveyDto;
export type SurveyStatus = Survey['status'];
export type SurveyMode = Survey['mode'];
export type SetKey = SurveyDefinitionInput['sets'][number];
export type Channel = (typeof SURVEY_CHANNELS)[number];
/** A municipality's own question as the editor builds it (built-in items are locked and cannot be edited). */
export type LocalQuestionInput = z.input<typeof localQuestionSchema>;
export type AlertRule = AlertRuleInput;
/** Smiley terminal options: one tap is an answer unless these ask for more. */
export type SmileyOptions = NonNullable<SurveyDefinitionInput['smiley']>;

/** What the create/edit form sends: the create body's fields the form edits. */
export type NewSurvey = Pick<
  CreateSurveyInput,
  'title' | 'mode' | 'languages' | 'channels' | 'plural' | 'unitIds'
> & { definition: { sets: SetKey[]; localQuestions: LocalQuestionInput[]; smiley?: SmileyOptions } };

const enc = encodeURIComponent;

/** The survey endpoints used by the staff pages. */
export const surveysApi = {
  list: async (options?: RequestOptions) =>
    (await request<{ surveys: Survey[] }>('GET', '/surveys', undefined, options)).surveys,
  get: async (id: string, options?: RequestOptions) =>
    (await request<{ survey: Survey }>('GET', `/surveys/${enc(id)}`, undefined, options)).survey,
  create: async (input: NewSurvey) => (await request<{ survey: Survey }>('POST', '/surveys', input)).survey,
  /** Changes a draft (the PATCH the server allows only while the survey is a draft, for the questions). */
  update: async (id: string, input: NewSurvey) =>
    (await request<{ survey: Survey }>('PATCH', `/surveys/${enc(id)}`, input)).survey,
  transition: async (id: string, action: 'open' | 'close') =>
    (await request<{ survey: Survey }>('POST', `/surveys/${enc(id)}/${action}`)).survey,
  newVersion: async (id: string) =>
    (await request<{ survey: Survey }>('POST', `/surveys/${enc(id)}/versions`)).survey,
  stats: (id: string, options?: RequestOptions) =>
    request<SurveyStats>('GET', `/surveys/${enc(id)}/stats`, undefined, options),
  freeText: async (id: string) =>
    (await request<{ answers: FreeTextAnswer[] }>('GET', `/surveys/${enc(id)}/free-text`)).answers,
  kiosks: async (id: string, options?: RequestOptions) =>
    (await request<{ devices: KioskDevice[] }>('GET', `/surveys/${enc(id)}/kiosks`, undefined, options))
      .devices,
  registerKiosk: (id: string, name: string) =>
    request<{ device: KioskDevice; kioskPath: string }>('POST', `/surveys/${enc(id)}/kiosks`, { name }),
  revokeKiosk: async (id: string) =>
    (await request<{ device: KioskDevice }>('DELETE', `/kiosks/${enc(id)}`)).device,
  smiley: (id: string, options?: RequestOptions) =>
    request<SmileyReport>('GET', `/surveys/${enc(id)}/smiley`, undefined, options),
  alert: (unitId: string, options?: RequestOptions) =>
    request<AlertState>('GET', `/units/${enc(unitId)}/smiley-alert`, undefined, options),
  setAlert: (unitId: string, rule: AlertRule) =>
    request<{ ok: true }>('POST', `/units/${enc(unitId)}/smiley-alert`, rule),
};

/** Download addresses (plain links: the session cookie authorises them). */
/** Download addresses of a survey; the QR files for one target unit when `unitId` is given. */
export const surveyFiles = (id: string, unitId?: string) => {
  const unit = unitId ? `?unit=${enc(unitId)}` : '';
  return {
    csv: `/api/v1/surveys/${enc(id)}/export.csv`,
    xlsx: `/api/v1/surveys/${enc(id)}/export.xlsx`,
    png: `/api/v1/surveys/${enc(id)}/qr.png${unit}`,
    preview: `/api/v1/surveys/${enc(id)}/preview`,
    svg: `/api/v1/surveys/${enc(id)}/qr.svg${unit}`,
    sheet: `/api/v1/surveys/${enc(id)}/qr-sheet${unit}`,
  };
};
