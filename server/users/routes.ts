import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CreateUserBody, UpdateUserBody, User, UserParams } from '../../shared/api/users.ts';
import { authorize } from '../policies/authorize.ts';
import { canManageUsers } from '../policies/index.ts';
import { presentUser } from './presenter.ts';
import { listUsers, unitIdsByUser } from './repository.ts';
import { createUser, resetPassword, updateUser } from './service.ts';

/** Account administration for admins of the municipality. */
export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['users'];

  app.get(
    '/users',
    {
      schema: { tags, summary: 'List users (admin)', response: { 200: z.object({ users: z.array(User) }) } },
    },
    async (request) => {
      const auth = authorize(request, canManageUsers);
      const [rows, units] = await Promise.all([listUsers(app.db, auth), unitIdsByUser(app.db, auth)]);
      return { users: rows.map((r) => presentUser(r, units.get(r.id) ?? [])) };
    },
  );

  app.post(
    '/users',
    {
      schema: {
        tags,
        summary: 'Create a user with a temporary password (admin)',
        body: CreateUserBody,
        response: { 201: z.object({ user: User, temporaryPassword: z.string() }) },
      },
    },
    async (request, reply) => {
      const auth = authorize(request, canManageUsers);
      const created = await app.db.transaction().execute((tx) => createUser(tx, auth, request.body));
      return reply.status(201).send({
        user: presentUser(created.user, created.unitIds),
        temporaryPassword: created.temporaryPassword,
      });
    },
  );

  app.patch(
    '/users/:id',
    {
      schema: {
        tags,
        summary: 'Change a user (admin)',
        params: UserParams,
        body: UpdateUserBody,
        response: { 200: z.object({ user: User }) },
      },
    },
    async (request) => {
      const auth = authorize(request, canManageUsers);
      const updated = await app.db
        .transaction()
        .execute((tx) => updateUser(tx, auth, request.params.id, request.body));
      return { user: presentUser(updated.user, updated.unitIds) };
    },
  );

  app.post(
    '/users/:id/reset-password',
    {
      schema: {
        tags,
        summary: 'Set a new temporary password (admin)',
        params: UserParams,
        response: { 200: z.object({ temporaryPassword: z.string() }) },
      },
    },
    async (request) => {
      const auth = authorize(request, canManageUsers);
      const temporaryPassword = await app.db
        .transaction()
        .execute((tx) => resetPassword(tx, auth, request.params.id));
      return { temporaryPassword };
    },
  );
};
