import { z } from 'zod';

const column = z.string().min(1).max(200);
const attributeKeys = z.array(z.string().min(1).max(200)).max(500).default([]);

export const LogParams = z.object({ id: z.uuid() }).strict();

/** CSV column mapping and overrides of what the preview detected. */
export const CsvSettings = z
  .object({
    caseId: column,
    activity: column,
    timestamp: column,
    resource: column.optional(),
    group: column.optional(),
    lifecycle: column.optional(),
    delimiter: z.enum([',', ';', '\t', '|']).optional(),
    encoding: z.enum(['utf-8', 'windows-1252', 'utf-16le', 'utf-16be']).optional(),
    dateOrder: z.enum(['YMD', 'DMY', 'MDY']).optional(),
  })
  .strict();

/** Step 1 of an import: what to keep and how to read the file. The file follows with PUT …/file. */
export const CreateLogBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    format: z.enum(['xes', 'csv']),
    csv: CsvSettings.nullable().default(null),
    keepCaseAttributes: attributeKeys,
    keepEventAttributes: attributeKeys,
    pseudonymiseResources: z.boolean().default(false),
    skipBadRows: z.boolean().default(false),
  })
  .strict()
  .refine((b) => b.format === 'xes' || b.csv !== null, { path: ['csv'], message: 'required for CSV' });
export type CreateLogInput = z.output<typeof CreateLogBody>;

export const PreviewQuery = z
  .object({
    encoding: z.enum(['utf-8', 'windows-1252', 'utf-16le', 'utf-16be']).optional(),
    delimiter: z.enum([',', ';', '\t', '|']).optional(),
  })
  .strict();

const isoDate = z.iso.date();

/** Analysis options: actor key, period, case-attribute values (`key=value`, repeatable), variants. */
export const ReportQuery = z
  .object({
    by: z.string().min(1).max(200).default('resource'),
    from: isoDate.optional(),
    to: isoDate.optional(),
    filter: z
      .union([z.string().max(400), z.array(z.string().max(400)).max(50)])
      .optional()
      .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
    minVariant: z.coerce.number().int().min(1).max(1_000_000).default(1),
  })
  .strict();
export type ReportOptions = z.output<typeof ReportQuery>;

export const ExportParams = z
  .object({ id: z.uuid(), table: z.enum(['matrix', 'variants']), format: z.enum(['csv', 'xlsx']) })
  .strict();

const LogError = z.object({
  code: z.string(),
  line: z.number().optional(),
  column: z.number().optional(),
  byte: z.number().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
});

export const LogDto = z.object({
  id: z.string(),
  name: z.string(),
  format: z.enum(['xes', 'csv']),
  status: z.enum(['uploading', 'importing', 'ready', 'failed', 'cancelled']),
  bytes: z.number(),
  events: z.number(),
  cases: z.number(),
  error: LogError.nullable(),
  notes: z.array(
    z.object({ code: z.string(), count: z.number(), firstLine: z.number(), example: z.string() }),
  ),
  skippedTotal: z.number(),
  pseudonymisedResources: z.boolean(),
  keptAttributes: z.object({ case: z.array(z.string()), event: z.array(z.string()) }),
  progress: z
    .object({
      phase: z.enum(['uploading', 'parsing', 'storing']),
      bytesRead: z.number(),
      totalBytes: z.number(),
      events: z.number(),
      cases: z.number(),
      stored: z.number(),
    })
    .nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type LogDtoType = z.infer<typeof LogDto>;
export const LogResponse = z.object({ log: LogDto });
