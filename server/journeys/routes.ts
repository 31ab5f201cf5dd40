import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateJourneyBody,
  JOURNEY_BODY_LIMIT,
  JourneyParams,
  JourneyResponse,
  JourneySummaryDto,
  ListJourneysQuery,
  SaveVersionBody,
  VersionDto,
  VersionParams,
} from '../../shared/api/journeys.ts';
import { authorize } from '../policies/authorize.ts';
import { canReadOrganisation, canRecord } from '../policies/index.ts';
import { getJourney, listJourneys, listVersions } from './queries.ts';
import { journeyCjmlRoutes } from './routes-cjml.ts';
import { journeyIoRoutes } from './routes-io.ts';
import { createJourney, saveVersion } from './service.ts';

/**
 * Citizen journeys (borgerrejser): list, read, create, save as a new version, version history. Reads are
 * open to every signed-in user; writes to staff and up, staff only for their own units.
 */
export const journeyRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['journeys'];
  await app.register(journeyIoRoutes);
  await app.register(journeyCjmlRoutes);

  app.get(
    '/journeys',
    {
      schema: {
        tags,
        summary: 'List journeys with their metrics (filter by unit, persona, status; sort by any metric)',
        querystring: ListJourneysQuery,
        response: { 200: z.object({ journeys: z.array(JourneySummaryDto) }) },
      },
    },
    async (request) => {
      const auth = authorize(request, canReadOrganisation);
      return { journeys: await listJourneys(app.db, auth, request.query) };
    },
  );

  app.post(
    '/journeys',
    {
      bodyLimit: JOURNEY_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Create a journey (version 1)',
        body: CreateJourneyBody,
        response: { 201: JourneyResponse },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canRecord);
      const journey = await app.db.transaction().execute((tx) => createJourney(tx, auth, request.body));
      return reply.status(201).send({ journey });
    },
  );

  app.get(
    '/journeys/:id',
    {
      schema: {
        tags,
        summary: 'The newest version of a journey',
        params: JourneyParams,
        response: { 200: JourneyResponse },
      },
    },
    async (request) => {
      const auth = authorize(request, canReadOrganisation);
      return { journey: await getJourney(app.db, auth, request.params.id) };
    },
  );

  app.post(
    '/journeys/:id/versions',
    {
      bodyLimit: JOURNEY_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Save the journey as a new version (409 if baseVersion is no longer the newest)',
        params: JourneyParams,
        body: SaveVersionBody,
        response: { 201: JourneyResponse },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canRecord);
      const journey = await app.db
        .transaction()
        .execute((tx) => saveVersion(tx, auth, request.params.id, request.body));
      return reply.status(201).send({ journey });
    },
  );

  app.get(
    '/journeys/:id/versions',
    {
      schema: {
        tags,
        summary: 'Version history, newest first',
        params: JourneyParams,
        response: { 200: z.object({ versions: z.array(VersionDto) }) },
      },
    },
    async (request) => {
      const auth = authorize(request, canReadOrganisation);
      return { versions: await listVersions(app.db, auth, request.params.id) };
    },
  );

  app.get(
    '/journeys/:id/versions/:version',
    {
      schema: {
        tags,
        summary: 'One version of a journey',
        params: VersionParams,
        response: { 200: JourneyResponse },
      },
    },
    async (request) => {
      const auth = authorize(request, canReadOrganisation);
      const { id, version } = request.params;
      return { journey: await getJourney(app.db, auth, id, version) };
    },
  );
};
