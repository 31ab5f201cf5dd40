import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AlertState,
  Ok,
  AlertRuleBody as RuleBody,
  SmileyReport,
  SmileySurveyParams as SurveyParams,
  SmileyUnitParams as UnitParams,
} from '../../shared/api/smiley.ts';
import { recordAudit } from '../audit/repository.ts';
import { notFound } from '../http/app-error.ts';
import { authorize } from '../policies/authorize.ts';
import { canAnalyse, canReadOrganisation } from '../policies/index.ts';
import { findSurvey } from '../surveys/repository.ts';
import { findUnit } from '../units/repository.ts';
import { deleteAlertRule, upsertAlertRule } from './repository.ts';
import { alertStatus, smileyReport } from './service.ts';

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
        response: { 200: SmileyReport },
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
    {
      schema: {
        tags,
        summary: "A unit's smiley alert rule and state",
        params: UnitParams,
        response: { 200: AlertState },
      },
    },
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
    {
      schema: {
        tags,
        summary: 'Set the smiley alert rule of a unit',
        params: UnitParams,
        body: RuleBody,
        response: { 200: Ok },
      },
    },
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
      return { ok: true as const };
    },
  );

  app.delete(
    '/units/:unitId/smiley-alert',
    {
      schema: {
        tags,
        summary: 'Remove the smiley alert rule of a unit',
        params: UnitParams,
        response: { 200: Ok },
      },
    },
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
      return { ok: true as const };
    },
  );
};
