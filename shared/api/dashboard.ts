import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD');
export const CHANNELS = ['link', 'qr', 'kiosk', 'smiley', 'import'] as const;
export const INTERVALS = ['week', 'month', 'quarter'] as const;

/** The filters every dashboard view shares. `to` is inclusive; both default to the last 12 months. */
export const DashboardFilters = z
  .object({
    unitId: z.uuid().optional(),
    journeyId: z.uuid().optional(),
    touchpointId: z.string().min(1).max(200).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    channel: z.enum(CHANNELS).optional(),
  })
  .strict();
export type DashboardFiltersInput = z.infer<typeof DashboardFilters>;

const itemParam = z
  .string()
  .regex(/^(index\.coherence|(coherence|psychcost|satisfaction)\.[a-z_]+)$/)
  .default('index.coherence');

export const TrendQuery = DashboardFilters.extend({
  interval: z.enum(INTERVALS).default('month'),
  item: itemParam,
}).strict();

export const ComparisonQuery = DashboardFilters.extend({
  item: itemParam,
  level: z.enum(['children', 'units']).default('children'),
}).strict();

export const FreeTextQuery = DashboardFilters.extend({
  q: z.string().trim().max(200).optional(),
  before: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z_\d+$/)
    .optional(),
}).strict();

export const ExportQuery = DashboardFilters.extend({
  format: z.enum(['csv', 'xlsx']).default('csv'),
  interval: z.enum(INTERVALS).default('month'),
  item: itemParam,
  level: z.enum(['children', 'units']).default('children'),
}).strict();

const interval = z.object({ lower: z.number(), upper: z.number() }).nullable();

export const FigureSchema = z.object({
  status: z.enum(['shown', 'empty', 'suppressed', 'complementary']),
  n: z.number().nullable(),
  dontKnow: z.number().nullable(),
  mean: z.number().nullable(),
  sd: z.number().nullable(),
  ci: interval,
  positiveShare: z.number().nullable(),
  positiveCi: interval,
  dontKnowShare: z.number().nullable(),
  distribution: z.array(z.object({ value: z.number(), count: z.number() })).nullable(),
});

export const IndicatorSchema = z.object({
  itemId: z.string(),
  setKey: z.enum(['coherence', 'psychcost', 'satisfaction']),
  scaleId: z.enum(['agree5', 'agree6', 'satisfaction5']),
  reverse: z.boolean(),
  figure: FigureSchema,
});

export const ScopeSchema = z.object({
  municipality: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  from: z.string(),
  to: z.string(),
  channel: z.string().nullable(),
  journeyId: z.string().nullable(),
  touchpointId: z.string().nullable(),
  minGroupSize: z.number(),
});
