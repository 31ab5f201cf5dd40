import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  CreateUnitBody,
  ListUnitsQuery,
  Unit,
  UnitParams,
  UnitResponse,
  UpdateUnitBody,
} from '../../shared/api/units.ts';
import { authorize } from '../policies/authorize.ts';
import { canManageUnits, canReadOrganisation } from '../policies/index.ts';
import { presentUnit } from './presenter.ts';
import { listUnits } from './repository.ts';
import { archiveUnit, createUnit, restoreUnit, updateUnit } from './service.ts';

/** The organisation tree: forvaltning/sektor → center/afdeling → enhed/enhet. */
export const unitRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['units'];

  app.get(
    '/units',
    {
      schema: {
        tags,
        summary: 'List units',
        querystring: ListUnitsQuery,
        response: { 200: z.object({ units: z.array(Unit) }) },
      },
    },
    async (request) => {
      const auth = authorize(request, canReadOrganisation);
      const rows = await listUnits(app.db, auth, request.query.includeArchived);
      return { units: rows.map(presentUnit) };
    },
  );

  app.post(
    '/units',
    {
      schema: {
        tags,
        summary: 'Create a unit (admin)',
        body: CreateUnitBody,
        response: { 201: UnitResponse },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canManageUnits);
      const unit = await app.db.transaction().execute((tx) => createUnit(tx, auth, request.body));
      return reply.status(201).send({ unit: presentUnit(unit) });
    },
  );

  app.patch(
    '/units/:id',
    {
      schema: {
        tags,
        summary: 'Rename, move or re-type a unit (admin)',
        params: UnitParams,
        body: UpdateUnitBody,
        response: { 200: UnitResponse },
      },
    },
    async (request) => {
      const auth = authorize(request, canManageUnits);
      const unit = await app.db
        .transaction()
        .execute((tx) => updateUnit(tx, auth, request.params.id, request.body));
      return { unit: presentUnit(unit) };
    },
  );

  app.delete(
    '/units/:id',
    {
      schema: {
        tags,
        summary: 'Archive a unit (admin; undo with restore)',
        params: UnitParams,
        response: { 200: UnitResponse },
      },
    },
    async (request) => {
      const auth = authorize(request, canManageUnits);
      const unit = await app.db.transaction().execute((tx) => archiveUnit(tx, auth, request.params.id));
      return { unit: presentUnit(unit) };
    },
  );

  app.post(
    '/units/:id/restore',
    {
      schema: {
        tags,
        summary: 'Restore an archived unit (admin)',
        params: UnitParams,
        response: { 200: UnitResponse },
      },
    },
    async (request) => {
      const auth = authorize(request, canManageUnits);
      const unit = await app.db.transaction().execute((tx) => restoreUnit(tx, auth, request.params.id));
      return { unit: presentUnit(unit) };
    },
  );
};
