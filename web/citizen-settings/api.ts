import type { AccessibilityBody, CitizenSettings } from '../../shared/api/citizen-settings.ts';
import { request } from '../api/client.ts';

/** The citizen-page settings endpoints; types come from the shared wire schemas. */
export const citizenSettingsApi = {
  get: (signal?: AbortSignal) =>
    request<CitizenSettings>('GET', '/citizen-settings', undefined, { ...(signal ? { signal } : {}) }),
  setOrigins: (origins: string[]) =>
    request<CitizenSettings>('PUT', '/citizen-settings/embed-origins', { origins }),
  setAccessibility: (body: AccessibilityBody) =>
    request<CitizenSettings>('PUT', '/citizen-settings/accessibility', body),
};
