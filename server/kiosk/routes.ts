import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  type KioskDevice,
  KioskDeviceResponse,
  KioskDevicesResponse,
  KioskParams as Params,
  RegisterKioskBody as RegisterBody,
  RegisteredKioskResponse,
} from '../../shared/api/kiosk.ts';
import { notFound } from '../http/app-error.ts';
import { authorize } from '../policies/authorize.ts';
import { canManageKiosks, canRecord } from '../policies/index.ts';
import { findSurvey } from '../surveys/repository.ts';
import { listDevices } from './repository.ts';
import { registerDevice, revokeDevice } from './service.ts';

type DeviceRow = Awaited<ReturnType<typeof listDevices>>[number];

function presentDevice(d: DeviceRow): KioskDevice {
  return {
    id: d.id,
    surveyId: d.survey_id,
    unitId: d.unit_id,
    name: d.name,
    createdAt: d.created_at.toISOString(),
    lastSeenAt: d.last_seen_at?.toISOString() ?? null,
    revokedAt: d.revoked_at?.toISOString() ?? null,
  };
}

/**
 * Analysts and admins register reception tablets for a survey (the device token is shown once, inside
 * the kiosk link) and revoke them; staff and up see the list.
 */
export const kioskRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['kiosk'];
  app.get(
    '/surveys/:id/kiosks',
    {
      schema: {
        tags,
        summary: 'Kiosk devices of a survey (staff and up)',
        params: Params,
        response: { 200: KioskDevicesResponse },
      },
    },
    async (request) => {
      const auth = authorize(request, canRecord);
      if (!(await findSurvey(app.db, auth, request.params.id))) throw notFound();
      return { devices: (await listDevices(app.db, auth, request.params.id)).map(presentDevice) };
    },
  );

  app.post(
    '/surveys/:id/kiosks',
    {
      schema: {
        tags,
        summary: 'Register a kiosk device (analyst, admin); the token is shown once',
        params: Params,
        body: RegisterBody,
        response: { 201: RegisteredKioskResponse },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canManageKiosks);
      const { device, token } = await app.db
        .transaction()
        .execute((tx) => registerDevice(tx, auth, request.params.id, request.body));
      // The token travels in the fragment: browsers never send it to servers or write it to logs.
      return reply.status(201).send({ device: presentDevice(device), kioskPath: `/kiosk#${token}` });
    },
  );

  app.delete(
    '/kiosks/:id',
    {
      schema: {
        tags,
        summary: 'Revoke a kiosk device (analyst, admin)',
        params: Params,
        response: { 200: KioskDeviceResponse },
      },
    },
    async (request) => {
      const auth = authorize(request, canManageKiosks);
      const device = await app.db.transaction().execute((tx) => revokeDevice(tx, auth, request.params.id));
      return { device: presentDevice(device) };
    },
  );
};
