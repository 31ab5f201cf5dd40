import { z } from 'zod';

export const ROLES = ['admin', 'analyst', 'staff', 'viewer'] as const;

export const UserParams = z.object({ id: z.uuid() }).strict();

export const CreateUserBody = z
  .object({
    email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
    name: z.string().trim().min(1).max(120),
    role: z.enum(ROLES),
    unitIds: z.array(z.uuid()).max(100).default([]),
  })
  .strict();
export type CreateUserInput = z.infer<typeof CreateUserBody>;

export const UpdateUserBody = z
  .object({
    name: z.string().trim().min(1).max(120).optional(),
    role: z.enum(ROLES).optional(),
    active: z.boolean().optional(),
    unitIds: z.array(z.uuid()).max(100).optional(),
  })
  .strict();
export type UpdateUserInput = z.infer<typeof UpdateUserBody>;

export const User = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  active: z.boolean(),
  unitIds: z.array(z.string()),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
export type UserDto = z.infer<typeof User>;
