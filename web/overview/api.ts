import type { StartPage } from '../../shared/api/start.ts';
import { type RequestOptions, request } from '../api/client.ts';

export type { StartAlert, StartIndex, StartPage, StartUnit } from '../../shared/api/start.ts';

/** The start page's figures (one request). */
export const startApi = {
  get: (options?: RequestOptions) => request<StartPage>('GET', '/start', undefined, options),
};
