import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { NoContent } from '../../shared/api/common.ts';
import * as s from '../../shared/api/pulse.ts';
import { recordAudit } from '../audit/repository.ts';
import { authorize } from '../policies/authorize.ts';
import { canManageDialog, canReadOrganisation } from '../policies/index.ts';
import { listPulseSurveys, pulseMinGroupSize, setPulseMinGroupSize } from './repository.ts';
import { pulseResults } from './results.ts';
import { answerPulse, closePulseRound, createPulseRound, publicPulse } from './service.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The employee pulse: rounds (surveys in mode 'pulse'), anonymous answers, results per unit. */
export const pulseRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['pulse'];

  app.get(
    '/pulse/rounds',
    { schema: { tags, summary: 'Pulse rounds', response: { 200: s.RoundsResponse } } },
    async (request) => {
      const auth = authorize(request, canReadOrganisation);
      const rows = await listPulseSurveys(app.db, auth);
      return {
        rounds: rows.map((r) => ({
          id: r.id,
          title: r.title,
          status: r.status,
          token: r.public_token,
          opensAt: iso(r.opens_at),
          closesAt: iso(r.closes_at),
          unitIds: r.unit_ids,
          responses: Number(r.responses ?? 0),
        })),
      };
    },
  );

  app.post(
    '/pulse/rounds',
    {
      schema: {
        tags,
        summary: 'Open a pulse round',
        body: s.CreateRoundBody,
        response: { 201: s.CreatedRound },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canManageDialog);
      const row = await app.db.transaction().execute((tx) => createPulseRound(tx, auth, request.body));
      return reply.status(201).send({ round: { id: row.id, token: row.public_token } });
    },
  );

  app.post(
    '/pulse/rounds/:id/close',
    {
      schema: { tags, summary: 'Close a pulse round', params: s.RoundParams, response: { 204: NoContent } },
    },
    async (request, reply) => {
      const auth = authorize(request, canManageDialog);
      await app.db.transaction().execute((tx) => closePulseRound(tx, auth, request.params.id));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/pulse/results',
    {
      schema: {
        tags,
        summary: 'Pulse results per round and unit (small groups hidden)',
        response: { 200: s.PulseResults },
      },
    },
    async (request) => {
      const auth = authorize(request, canReadOrganisation);
      return pulseResults(app.db, auth);
    },
  );

  app.get(
    '/pulse/settings',
    { schema: { tags, summary: 'Pulse minimum group size', response: { 200: s.PulseSettings } } },
    async (request) => {
      const auth = authorize(request, canReadOrganisation);
      return { minGroupSize: await pulseMinGroupSize(app.db, auth) };
    },
  );

  app.patch(
    '/pulse/settings',
    {
      schema: {
        tags,
        summary: 'Change the pulse minimum group size',
        body: s.SettingsBody,
        response: { 200: s.PulseSettings },
      },
    },
    async (request) => {
      const auth = authorize(request, canManageDialog);
      await app.db.transaction().execute(async (tx) => {
        await setPulseMinGroupSize(tx, auth, request.body.minGroupSize);
        await recordAudit(tx, auth, auth.userId, 'pulse.settings', null, {
          minGroupSize: request.body.minGroupSize,
        });
      });
      return { minGroupSize: request.body.minGroupSize };
    },
  );

  // Anonymous: the token is the key. Rate-limited like login; no session, so no CSRF token either.
  const limited = { public: true, rateLimit: { max: 30, timeWindow: '1 minute' } };
  app.get(
    '/pulse/answer/:token',
    {
      config: limited,
      schema: {
        tags,
        summary: 'A pulse round for answering (anonymous)',
        params: s.TokenParams,
        response: { 200: s.PublicPulse },
      },
    },
    async (request) => publicPulse(app.db, request.params.token),
  );

  app.post(
    '/pulse/answer/:token',
    {
      config: limited,
      schema: {
        tags,
        summary: 'Answer a pulse round (anonymous)',
        params: s.TokenParams,
        body: s.AnswerBody,
        response: { 201: s.Answered },
      },
    },
    async (request, reply) => {
      await app.db.transaction().execute((tx) => answerPulse(tx, request.params.token, request.body));
      return reply.status(201).send({ ok: true });
    },
  );
};
