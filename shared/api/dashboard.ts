import { z } from 'zod';
import { TranslationStatus } from '../languages/status.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD');
export const CHANNELS = ['link', 'qr', 'kiosk', 'smiley', 'import'] as const;
export const INTERVALS = ['week', 'month', 'quarter'] as const;
/** The two CSV dialects of exports: for Danish/Norwegian spreadsheets (default) or for programs. */
export const CSV_DIALECTS = ['spreadsheet', 'machine'] as const;
export type CsvDialectName = (typeof CSV_DIALECTS)[number];

/** Comma-separated BCP 47 tags (checked against the canonical form by the server). */
const tagList = z
  .string()
  .regex(/^[A-Za-z0-9-]{2,35}(,[A-Za-z0-9-]{2,35}){0,49}$/, 'comma-separated language tags')
  .describe('Comma-separated BCP 47 language tags, e.g. `da,ar`');
const STATUS = '(validated|reviewed|unreviewed)';
const statusList = z
  .string()
  .regex(new RegExp(`^${STATUS}(,${STATUS}){0,2}$`), 'comma-separated translation statuses')
  .describe('Comma-separated translation statuses: validated, reviewed, unreviewed');

/** The filters every dashboard view shares. `to` is inclusive; both default to the last 12 months. */
export const DashboardFilters = z
  .object({
    unitId: z.uuid().optional(),
    journeyId: z.uuid().optional(),
    touchpointId: z.string().min(1).max(200).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    channel: z.enum(CHANNELS).optional(),
    /** Only answers given in these languages / not in these; by the weakest translation status shown. */
    languages: tagList.optional(),
    excludeLanguages: tagList.optional(),
    statuses: statusList.optional(),
    excludeStatuses: statusList.optional(),
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
  dialect: z
    .enum(CSV_DIALECTS)
    .default('spreadsheet')
    .describe(
      'CSV only. `spreadsheet` (default) opens in Danish and Norwegian Excel: semicolon-separated, decimal comma, UTF-8 with BOM, values rounded as on screen (means 2 decimals, shares 3, p-values 3 or "< 0,001"). `machine`: comma-separated, decimal point, full precision, for programs.',
    ),
  interval: z.enum(INTERVALS).default('month'),
  item: itemParam,
  level: z.enum(['children', 'units']).default('children'),
}).strict();

// ---- Responses ----

const Interval = z.object({ lower: z.number(), upper: z.number() });
export const CellStatus = z.enum(['shown', 'empty', 'suppressed', 'complementary']);
export type CellStatus = z.infer<typeof CellStatus>;
export const ScaleId = z.enum(['agree5', 'agree6', 'satisfaction5']);
export type ScaleId = z.infer<typeof ScaleId>;
export type TrendInterval = z.infer<typeof TrendQuery>['interval'];
export type ComparisonLevel = 'children' | 'units';
export const DashboardChannel = z.enum(['link', 'qr', 'kiosk', 'smiley', 'import']);
export type Channel = z.infer<typeof DashboardChannel>;

/** One indicator in one cell; every number is null unless `status` is `shown`. */
export const Figure = z.object({
  status: CellStatus,
  n: z.number().nullable(),
  dontKnow: z.number().nullable(),
  mean: z.number().nullable(),
  sd: z.number().nullable(),
  ci: Interval.nullable(),
  positiveShare: z.number().nullable(),
  positiveCi: Interval.nullable(),
  dontKnowShare: z.number().nullable(),
  distribution: z.array(z.object({ value: z.number(), count: z.number() })).nullable(),
});
export type Figure = z.infer<typeof Figure>;

export const Scope = z.object({
  municipality: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  from: z.string(),
  to: z.string(),
  channel: z.string().nullable(),
  journeyId: z.string().nullable(),
  touchpointId: z.string().nullable(),
  /** The language filter as applied (canonical tags); empty lists = no filter. */
  languages: z.array(z.string()),
  excludeLanguages: z.array(z.string()),
  statuses: z.array(TranslationStatus),
  excludeStatuses: z.array(TranslationStatus),
  minGroupSize: z.number(),
});
export type Scope = z.infer<typeof Scope>;

export const Indicator = z.object({
  itemId: z.string(),
  setKey: z.enum(['coherence', 'psychcost', 'satisfaction']),
  scaleId: ScaleId,
  reverse: z.boolean(),
  figure: Figure,
});
export type Indicator = z.infer<typeof Indicator>;

export const Overview = z.object({
  scope: Scope,
  respondents: z.object({ status: CellStatus, n: z.number().nullable() }),
  indicators: z.array(Indicator),
});
export type Overview = z.infer<typeof Overview>;

export const TrendSeries = z.object({
  itemId: z.string(),
  scaleId: ScaleId.nullable(),
  reverse: z.boolean(),
  /** `partial`: the period is not over yet, or the chosen period cuts it; not comparable with whole ones. */
  points: z.array(z.object({ start: z.string(), partial: z.boolean(), figure: Figure })),
});
export type TrendSeries = z.infer<typeof TrendSeries>;

export const ComparisonRow = z.object({
  unitId: z.string(),
  name: z.string(),
  figure: Figure,
  diff: z.number().nullable(),
  p: z.number().nullable(),
  pAdjusted: z.number().nullable(),
  marker: z.enum(['higher', 'lower']).nullable(),
});
export type ComparisonRow = z.infer<typeof ComparisonRow>;

export const ComparisonSeries = z.object({
  itemId: z.string(),
  scaleId: ScaleId.nullable(),
  reverse: z.boolean(),
  scope: Figure,
  rows: z.array(ComparisonRow),
});
export type ComparisonSeries = z.infer<typeof ComparisonSeries>;

export const FreeTextPage = z.object({
  status: z.enum(['shown', 'suppressed']),
  minimum: z.number(),
  answers: z.array(
    z.object({
      responseId: z.number(),
      itemId: z.string(),
      body: z.string(),
      hour: z.string(),
      surveyTitle: z.string(),
      unitName: z.string().nullable(),
    }),
  ),
  nextBefore: z.string().nullable(),
});
export type FreeTextPage = z.infer<typeof FreeTextPage>;

export const DashboardOptions = z.object({
  municipality: z.object({ name: z.string(), country: z.enum(['DK', 'NO']) }),
  minGroupSize: z.number(),
  freeTextMinimum: z.number(),
  defaultPeriod: z.object({ from: z.string(), to: z.string() }),
  units: z.array(
    z.object({ id: z.string(), parentId: z.string().nullable(), name: z.string(), archived: z.boolean() }),
  ),
  journeys: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      /** Journey steps surveys are aimed at: step number and text in the current version (null if gone). */
      touchpoints: z.array(
        z.object({ id: z.string(), step: z.number().nullable(), description: z.string().nullable() }),
      ),
    }),
  ),
  channels: z.array(DashboardChannel),
  /** The municipality's survey languages (built-in and added), canonical tags: the language filter. */
  languages: z.array(z.string()),
});
export type DashboardOptions = z.infer<typeof DashboardOptions>;

export const TrendResponse = z.object({
  scope: Scope,
  interval: z.enum(INTERVALS),
  itemId: z.string(),
  series: z.array(TrendSeries),
});
export type TrendResponse = z.infer<typeof TrendResponse>;

export const ComparisonResponse = z.object({
  scope: Scope,
  itemId: z.string(),
  level: z.enum(['children', 'units']),
  alpha: z.number(),
  series: z.array(ComparisonSeries),
});
export type ComparisonResponse = z.infer<typeof ComparisonResponse>;

/** Answers per language in scope (survey responses and smiley presses): "Svar pr. sprog". */
export const LanguageCountsResponse = z.object({
  scope: Scope,
  /**
   * Languages by answers, most first (`und`: smiley presses from before the terminal stored its
   * language). `n` counts responses and presses together; a small count is hidden like any figure.
   */
  languages: z.array(z.object({ language: z.string(), status: CellStatus, n: z.number().nullable() })),
});
export type LanguageCountsResponse = z.infer<typeof LanguageCountsResponse>;
