import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordAudit } from '../audit/repository.ts';
import { notFound } from '../http/app-error.ts';
import { authorize } from '../policies/authorize.ts';
import { canAnalyse, canReadOrganisation } from '../policies/index.ts';
import { findSurvey } from '../surveys/repository.ts';
import { findUnit } from '../units/repository.ts';
import { deleteAlertRule, upsertAlertRule } from './repository.ts';
import { alertStatus, smileyReport } from './service.ts';

const SurveyParams = z.object({ id: z.uuid() }).strict();
const UnitParams = z.object({ unitId: z.uuid() }).strict();
const RuleBody = z
  .object({
    windowMinutes: z.number().int().min(1).max(1440),
    minPresses: z.number().int().min(1).max(10_000),
    unhappyShare: z.number().min(0).max(1),
    email: z.email().nullable().default(null),
  })
  .strict();

/** Smiley reports per survey and the per-unit alert rule shown on the unit's page. */
export const smileyRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['smiley'];
  app.get(
    '/surveys/:id/smiley',
    {
      schema: {
        tags,
        summary: 'Smiley counts, positive share and index by hour and weekday',
        params: SurveyParams,
      },
    },
    async (request) => {
      const auth = authorize(request, canReadOrganisation);
      if (!(await findSurvey(app.db, auth, request.params.id))) throw notFound();
      return smileyReport(app.db, auth, request.params.id);
    },
  );

  app.get(
    '/units/:unitId/smiley-alert',
    { schema: { tags, summary: "A unit's smiley alert rule and state", params: UnitParams } },
    async (request) => {
      const auth = authorize(request, canReadOrganisation);
      if (!(await findUnit(app.db, auth, request.params.unitId))) throw notFound();
      const s = await alertStatus(app.db, auth, request.params.unitId);
      const rule = s.rule && {
        windowMinutes: s.rule.window_minutes,
        minPresses: s.rule.min_presses,
        unhappyShare: s.rule.unhappy_share,
        email: s.rule.email,
        lastFiredAt: s.rule.last_fired_at?.toISOString() ?? null,
      };
      const lastDay = s.lastDay
        ? {
            ...s.lastDay,
            from: new Date(s.lastDay.from).toISOString(),
            to: new Date(s.lastDay.to).toISOString(),
          }
        : null;
      return { rule: rule ?? null, firingNow: s.firingNow, lastDay };
    },
  );

  app.post(
    '/units/:unitId/smiley-alert',
    { schema: { tags, summary: 'Set the smiley alert rule of a unit', params: UnitParams, body: RuleBody } },
    async (request) => {
      const auth = authorize(request, canAnalyse);
      await app.db.transaction().execute(async (tx) => {
        if (!(await findUnit(tx, auth, request.params.unitId))) throw notFound();
        await upsertAlertRule(tx, auth, request.params.unitId, request.body);
        await recordAudit(
          tx,
          auth,
          auth.userId,
          'smiley_alert.set',
          { type: 'unit', id: request.params.unitId },
          { ...request.body },
        );
      });
      return { ok: true };
    },
  );

  app.delete(
    '/units/:unitId/smiley-alert',
    { schema: { tags, summary: 'Remove the smiley alert rule of a unit', params: UnitParams } },
    async (request) => {
      const auth = authorize(request, canAnalyse);
      await app.db.transaction().execute(async (tx) => {
        // A missing or foreign unit is 404 like any missing id, and leaves no audit entry.
        if (!(await findUnit(tx, auth, request.params.unitId))) throw notFound();
        await deleteAlertRule(tx, auth, request.params.unitId);
        await recordAudit(
          tx,
          auth,
          auth.userId,
          'smiley_alert.remove',
          { type: 'unit', id: request.params.unitId },
          {},
        );
      });
      return { ok: true };
    },
  );
};
