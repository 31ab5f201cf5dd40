import { z } from 'zod';

export const UNIT_KINDS = ['administration', 'department', 'unit'] as const;

export const UnitParams = z.object({ id: z.uuid() }).strict();

export const CreateUnitBody = z
  .object({
    name: z.string().trim().min(1).max(120),
    parentId: z.uuid().nullable(),
    kind: z.enum(UNIT_KINDS),
    isEntrance: z.boolean().default(false),
  })
  .strict();
export type CreateUnitInput = z.infer<typeof CreateUnitBody>;

export const UpdateUnitBody = z
  .object({
    name: z.string().trim().min(1).max(120).optional(),
    parentId: z.uuid().nullable().optional(),
    kind: z.enum(UNIT_KINDS).optional(),
    isEntrance: z.boolean().optional(),
  })
  .strict();
export type UpdateUnitInput = z.infer<typeof UpdateUnitBody>;

export const ListUnitsQuery = z
  .object({
    includeArchived: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
  })
  .strict();

export const Unit = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  name: z.string(),
  kind: z.enum(UNIT_KINDS),
  isEntrance: z.boolean(),
  archivedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type UnitDto = z.infer<typeof Unit>;
export const UnitResponse = z.object({ unit: Unit });
