import type { FastifyInstance } from 'fastify';
import { api, type Session } from '../../test/app.ts';

/** Creates and opens a survey through the API; returns its id and public token. Used by the survey tests. */
export async function openSurveyFor(
  app: FastifyInstance,
  session: Session,
  unitId: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; token: string; path: string }> {
  const created = await api(app, session, 'POST', '/surveys', {
    title: 'Borgerservice – din oplevelse',
    languages: ['da', 'en'],
    channels: ['link', 'qr', 'kiosk'],
    unitIds: [unitId],
    definition: {
      sets: ['coherence', 'satisfaction'],
      localQuestions: [
        { id: 'local.comment', type: 'free_text', text: { da: 'Har du en kommentar?', en: 'Any comment?' } },
      ],
    },
    ...overrides,
  });
  if (created.statusCode !== 201) throw new Error(`create failed: ${created.body}`);
  const survey = created.json().survey;
  const opened = await api(app, session, 'POST', `/surveys/${survey.id}/open`);
  if (opened.statusCode !== 200) throw new Error(`open failed: ${opened.body}`);
  return { id: survey.id, path: survey.publicPath, token: survey.publicPath.slice(3) };
}

/** A complete form body answering every built-in item, URL-encoded as a browser sends it. */
export function fullForm(step: number, extra: Record<string, string> = {}): string {
  const items = ['solutions', 'involvement', 'information', 'language', 'cooperation', 'respect'];
  const params = new URLSearchParams({ step: String(step), lang: 'da', c: 'link', nav: 'submit' });
  for (const [i, item] of items.entries()) params.set(`a.coherence.${item}`, String((i % 5) + 1));
  params.set('a.satisfaction.overall', 'dk');
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return params.toString();
}

/** POSTs a form body to a public survey address. */
export function postForm(app: FastifyInstance, path: string, body: string, cookie?: string) {
  return app.inject({
    method: 'POST',
    url: path,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(cookie ? { cookie } : {}) },
    payload: body,
  });
}
