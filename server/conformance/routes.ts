import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ChartsResponse,
  ConformanceResponse,
  JointResponse,
  MappingResponse,
  SaveMappingBody,
  SuggestQuery,
  SuggestResponse,
} from '../../shared/api/conformance.ts';
import { VersionParams } from '../../shared/api/journeys.ts';
import { authorize } from '../policies/authorize.ts';
import { canAnalyse } from '../policies/index.ts';
import { checkJointAlerts, jointView } from './joint.ts';
import { installJointAlertScheduler } from './scheduler.ts';
import {
  chartsOf,
  conformanceOf,
  getMapping,
  saveMapping,
  suggestMapping,
  versionDocument,
} from './service.ts';

/**
 * Planned vs actual (issue 19): an event log mapped onto a journey version, its conformance, the
 * performance charts and the experience beside the wait. Event logs are for analysts and admins, so
 * every route here is too.
 */
export const conformanceRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['journeys'];
  const base = '/journeys/:id/versions/:version';
  installJointAlertScheduler(app);

  app.get(
    `${base}/log-mapping/suggest`,
    {
      schema: {
        tags,
        summary: "A log's activities and actors with the steps and actors their names suggest",
        params: VersionParams,
        querystring: SuggestQuery,
        response: { 200: SuggestResponse },
      },
    },
    async (request) => {
      const auth = authorize(request, canAnalyse);
      return suggestMapping(app.db, auth, request.params.id, request.params.version, request.query);
    },
  );

  app.get(
    `${base}/log-mapping`,
    {
      schema: {
        tags,
        summary: 'The event log mapped onto this journey version (null when none)',
        params: VersionParams,
        response: { 200: MappingResponse },
      },
    },
    async (request) => {
      const auth = authorize(request, canAnalyse);
      await versionDocument(app.db, auth, request.params.id, request.params.version);
      return { mapping: await getMapping(app.db, auth, request.params.id, request.params.version) };
    },
  );

  app.put(
    `${base}/log-mapping`,
    {
      schema: {
        tags,
        summary: 'Save the confirmed mapping of activities to steps and resources/groups to actors',
        params: VersionParams,
        body: SaveMappingBody,
        response: { 200: MappingResponse },
      },
    },
    async (request) => {
      const auth = authorize(request, canAnalyse);
      const { id, version } = request.params;
      const mapping = await app.db
        .transaction()
        .execute((tx) => saveMapping(tx, auth, id, version, request.body));
      // New data: the touchpoint alerts are checked at once rather than on the next tick. The mapping
      // is saved either way: a failed check is logged and the background tick tries again.
      await checkJointAlerts(app.db, auth, id, version).catch((err: unknown) =>
        request.log.warn({ err }, 'journey touchpoint alert check failed'),
      );
      return { mapping };
    },
  );

  app.get(
    `${base}/conformance`,
    {
      schema: {
        tags,
        summary:
          'Conformance of the mapped log: fitness (token replay), steps, handovers, deviating variants',
        params: VersionParams,
        response: { 200: ConformanceResponse },
      },
    },
    async (request) => {
      const auth = authorize(request, canAnalyse);
      return conformanceOf(app.db, auth, request.params.id, request.params.version);
    },
  );

  app.get(
    `${base}/conformance/charts`,
    {
      schema: {
        tags,
        summary: 'Performance spectrum and dotted chart of the mapped log (sampled, rule included)',
        params: VersionParams,
        response: { 200: ChartsResponse },
      },
    },
    async (request) => {
      const auth = authorize(request, canAnalyse);
      return chartsOf(app.db, auth, request.params.id, request.params.version);
    },
  );

  app.get(
    `${base}/joint`,
    {
      schema: {
        tags,
        summary: 'Experience and waiting time on the same touchpoints, ranking and alert state',
        params: VersionParams,
        response: { 200: JointResponse },
      },
    },
    async (request) => {
      const auth = authorize(request, canAnalyse);
      return jointView(app.db, auth, request.params.id, request.params.version);
    },
  );
};
