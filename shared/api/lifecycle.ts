import { z } from 'zod';
import { RETENTION_KINDS } from '../lifecycle/kinds.ts';

/** Wire schemas of the data-lifecycle API (`/api/v1/lifecycle/…`), shared by server and web. */

export const RetentionKindSchema = z.enum(RETENTION_KINDS);

export const RetentionSettingSchema = z.object({
  kind: RetentionKindSchema,
  days: z.number().int(),
  keepAggregates: z.boolean(),
  defaultDays: z.number().int(),
  minDays: z.number().int(),
  maxDays: z.number().int(),
  /** True when this kind has dashboard aggregates that can be kept. */
  aggregatesPossible: z.boolean(),
});

export const UpcomingSchema = z.object({
  kind: RetentionKindSchema,
  rows: z.number().int(),
  overdue: z.number().int(),
});

export const RunOutcomeSchema = z.object({
  kind: RetentionKindSchema,
  days: z.number().int(),
  before: z.string(),
  rows: z.number().int(),
  aggregatesKept: z.boolean(),
});

export const RetentionViewSchema = z.object({
  settings: z.array(RetentionSettingSchema),
  upcoming: z.array(UpcomingSchema),
  /** The date (ISO) by which the upcoming rows will be deleted. */
  warningUntil: z.string(),
  lastRun: z.object({ at: z.string(), outcomes: z.array(RunOutcomeSchema) }).nullable(),
  minGroupSize: z.number().int(),
});
export type RetentionView = z.infer<typeof RetentionViewSchema>;

export const RetentionUpdateSchema = z
  .object({
    settings: z
      .array(
        z.object({ kind: RetentionKindSchema, days: z.number().int(), keepAggregates: z.boolean() }).strict(),
      )
      .min(1)
      .max(RETENTION_KINDS.length),
  })
  .strict();
export type RetentionUpdate = z.infer<typeof RetentionUpdateSchema>;

export const RunResultSchema = z.object({ outcomes: z.array(RunOutcomeSchema) });

export const HoldTargetTypeSchema = z.enum(['survey', 'journey', 'eventlog']);
export const LegalHoldSchema = z.object({
  targetType: HoldTargetTypeSchema,
  targetId: z.string(),
  targetName: z.string().nullable(),
  reason: z.string(),
  createdAt: z.string(),
});
export type LegalHold = z.infer<typeof LegalHoldSchema>;
export const HoldCreateSchema = z
  .object({
    targetType: HoldTargetTypeSchema,
    targetId: z.uuid(),
    reason: z.string().trim().max(500).default(''),
  })
  .strict();
export const HoldListSchema = z.object({
  holds: z.array(LegalHoldSchema),
  /** What can be put on hold, for the picker. */
  targets: z.array(z.object({ targetType: HoldTargetTypeSchema, targetId: z.string(), name: z.string() })),
});

/** Fields of the compliance pack that the software cannot know; entered once by an admin. */
export const COMPLIANCE_FIELDS = [
  'controllerName',
  'controllerAddress',
  'contactName',
  'contactEmail',
  'dpoName',
  'dpoEmail',
  'supplierName',
  'hostingProvider',
  'hostingLocation',
] as const;
export type ComplianceField = (typeof COMPLIANCE_FIELDS)[number];
export const ComplianceProfileSchema = z
  .object(
    Object.fromEntries(COMPLIANCE_FIELDS.map((f) => [f, z.string().trim().max(300)])) as Record<
      ComplianceField,
      z.ZodString
    >,
  )
  .strict();
export type ComplianceProfile = z.infer<typeof ComplianceProfileSchema>;

export const ComplianceLangSchema = z.enum(['da', 'nb']);

export const OffboardSchema = z.object({ confirmSlug: z.string().max(200) }).strict();
export const OffboardPreviewSchema = z.object({
  slug: z.string(),
  name: z.string(),
  /** When this admin last downloaded the full export (required within the last 24 hours). */
  lastExportAt: z.string().nullable(),
  rows: z.number().int(),
});

export const ErasureKindSchema = z.enum(['complaint', 'interview', 'quote', 'observation']);
export const ErasureHitSchema = z.object({
  kind: ErasureKindSchema,
  id: z.string(),
  date: z.string(),
  excerpt: z.string(),
});
export const ErasureSearchSchema = z.object({ q: z.string().trim().min(3).max(200) }).strict();
export const ErasureRequestSchema = z
  .object({
    items: z
      .array(z.object({ kind: ErasureKindSchema, id: z.uuid() }).strict())
      .min(1)
      .max(500),
    /** Why (e.g. "request of 2026-12-01, case 2026-1234"); goes to the audit log. Not the person's name. */
    reference: z.string().trim().min(1).max(200),
  })
  .strict();

export const CompliancePackSchema = z.object({
  title: z.string(),
  subtitle: z.string(),
  sections: z.array(
    z.object({
      id: z.enum(['ropa', 'dpa', 'anonymity']),
      heading: z.string(),
      intro: z.string(),
      rows: z.array(z.tuple([z.string(), z.string()])),
      bulletsHeading: z.string(),
      bullets: z.array(z.string()),
    }),
  ),
  missing: z.array(z.enum(COMPLIANCE_FIELDS)),
});
export type CompliancePackWire = z.infer<typeof CompliancePackSchema>;
