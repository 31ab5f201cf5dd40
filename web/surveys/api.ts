import { type RequestOptions, request } from '../api/client.ts';

export type SurveyStatus = 'draft' | 'open' | 'closed';
export type SurveyMode = 'questionnaire' | 'smiley' | 'pulse';
export type SetKey = 'coherence' | 'psychcost' | 'satisfaction';
export type Channel = 'link' | 'qr' | 'kiosk' | 'smiley';

/** A survey as the API shows it. */
export interface Survey {
  id: string;
  title: string;
  status: SurveyStatus;
  mode: SurveyMode;
  version: number;
  previousVersionId: string | null;
  languages: string[];
  channels: string[];
  plural: boolean;
  definition: { sets?: SetKey[]; localQuestions?: LocalQuestionInput[]; smiley?: SmileyOptions };
  publicPath: string;
  unitIds: string[];
  responseCount: number;
  createdAt: string;
}

export interface NewSurvey {
  title: string;
  mode: 'questionnaire' | 'smiley';
  languages: string[];
  channels: Channel[];
  plural: boolean;
  unitIds: string[];
  definition: { sets: SetKey[]; localQuestions: LocalQuestionInput[]; smiley?: SmileyOptions };
}

/** Smiley terminal options: one tap is an answer unless these ask for more. */
export interface SmileyOptions {
  followUp: boolean;
  chooseLanguage: boolean;
}

type LocalText = { da: string; en?: string };
/** A municipality's own question (built-in items are locked and cannot be edited). */
export type LocalQuestionInput =
  | { id: string; type: 'scale'; scaleId: 'agree5' | 'satisfaction5'; text: LocalText; required: boolean }
  | { id: string; type: 'free_text'; text: LocalText; required: boolean }
  | {
      id: string;
      type: 'single_choice';
      text: LocalText;
      required: boolean;
      options: { key: string; label: LocalText }[];
    };

export interface SurveyStats {
  total: number;
  perDay: { day: string; channel: string; count: number }[];
  minGroupSize: number;
  freeTextMinGroupSize: number;
}

export interface KioskDevice {
  id: string;
  name: string;
  unitId: string | null;
  lastSeenAt: string | null;
  revokedAt: string | null;
}

// The wire types of the smiley report, from its schema (not copied).
import type { SmileyReport } from '../../shared/api/smiley.ts';

export type { SmileyReport, SmileyRow } from '../../shared/api/smiley.ts';
export interface AlertRule {
  windowMinutes: number;
  minPresses: number;
  unhappyShare: number;
  email: string | null;
}
export interface AlertState {
  rule: (AlertRule & { lastFiredAt: string | null }) | null;
  firingNow: boolean;
  lastDay: { from: string; presses: number; unhappy: number } | null;
}

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
    (
      await request<{ answers: { itemId: string; hour: string; body: string }[] }>(
        'GET',
        `/surveys/${enc(id)}/free-text`,
      )
    ).answers,
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
    svg: `/api/v1/surveys/${enc(id)}/qr.svg${unit}`,
    sheet: `/api/v1/surveys/${enc(id)}/qr-sheet${unit}`,
    preview: `/api/v1/surveys/${enc(id)}/preview`,
  };
};
