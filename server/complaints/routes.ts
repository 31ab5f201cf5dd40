import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { NoContent } from '../../shared/api/common.ts';
import * as s from '../../shared/api/complaints.ts';
import { authorize } from '../policies/authorize.ts';
import { canManageDialog, canReadOrganisation, canRecord } from '../policies/index.ts';
import { addArea, changeArea, listAreas } from './areas.ts';
import { complaintFiguresByUnit } from './figures.ts';
import { importRoutes } from './import-routes.ts';
import { presentArea, presentComplaint } from './presenter.ts';
import { listComplaints } from './repository.ts';
import { createComplaint, removeComplaint, setContactVolume } from './service.ts';

/** The complaints and conflicts register: records, service areas, contact volumes and figures. */
export const complaintRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['complaints'];

  app.get(
    '/complaints',
    {
      schema: {
        tags,
        summary: 'List complaints',
        querystring: s.ListComplaintsQuery,
        response: { 200: s.ComplaintsResponse },
      },
    },
    async (request) => {
      const auth = authorize(request, canRecord);
      return { complaints: (await listComplaints(app.db, auth, request.query)).map(presentComplaint) };
    },
  );

  app.post(
    '/complaints',
    {
      schema: {
        tags,
        summary: 'Record a complaint or conflict',
        body: s.CreateComplaintBody,
        response: { 201: s.ComplaintResponse },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canRecord);
      const row = await app.db.transaction().execute((tx) => createComplaint(tx, auth, request.body));
      return reply.status(201).send({ complaint: presentComplaint(row) });
    },
  );

  app.delete(
    '/complaints/:id',
    {
      schema: {
        tags,
        summary: 'Delete a complaint recorded by mistake',
        params: s.ComplaintParams,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canRecord);
      await app.db.transaction().execute((tx) => removeComplaint(tx, auth, request.params.id));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/complaints/areas',
    { schema: { tags, summary: 'Service areas (editable list)', response: { 200: s.AreasResponse } } },
    async (request) => {
      const auth = authorize(request, canReadOrganisation);
      const rows = await app.db.transaction().execute((tx) => listAreas(tx, auth));
      return { areas: rows.map(presentArea) };
    },
  );

  app.post(
    '/complaints/areas',
    {
      schema: {
        tags,
        summary: 'Add a service area',
        body: s.CreateAreaBody,
        response: { 201: s.AreaResponse },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canManageDialog);
      const row = await app.db.transaction().execute((tx) => addArea(tx, auth, request.body.name));
      return reply.status(201).send({ area: presentArea(row) });
    },
  );

  app.patch(
    '/complaints/areas/:key',
    {
      schema: {
        tags,
        summary: 'Rename, hide or show a service area',
        params: s.AreaParams,
        body: s.UpdateAreaBody,
        response: { 200: s.AreaResponse },
      },
    },
    async (request) => {
      const auth = authorize(request, canManageDialog);
      const row = await app.db
        .transaction()
        .execute((tx) => changeArea(tx, auth, request.params.key, request.body));
      return { area: presentArea(row) };
    },
  );

  app.post(
    '/complaints/volumes',
    {
      schema: {
        tags,
        summary: "Record a unit's contacts in a month",
        body: s.VolumeBody,
        response: { 204: NoContent },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canManageDialog);
      await app.db.transaction().execute((tx) => setContactVolume(tx, auth, request.body));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/complaints/figures',
    {
      schema: {
        tags,
        summary: 'Figures per unit and period (small groups hidden)',
        querystring: s.FiguresQuery,
        response: { 200: s.Figures },
      },
    },
    async (request) => {
      const auth = authorize(request, canReadOrganisation);
      return complaintFiguresByUnit(app.db, auth, request.query.from, request.query.to);
    },
  );

  await app.register(importRoutes);
};
