import { z } from 'zod';
import type { HandoverReport } from '../eventlog/index.ts';

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
export type EventLog = z.infer<typeof LogDto>;
export type ImportError = z.infer<typeof LogError>;
export const LogsResponse = z.object({ logs: z.array(LogDto) });

const DateFormat = z.object({ order: z.enum(['YMD', 'DMY', 'MDY']), label: z.string() });
export const AttributeInfo = z.object({
  key: z.string(),
  examples: z.array(z.string()),
  nationalId: z.boolean(),
});
export type AttributeInfo = z.infer<typeof AttributeInfo>;
export const CsvPreview = z.object({
  encoding: z.enum(['utf-8', 'windows-1252', 'utf-16le', 'utf-16be']),
  delimiter: z.string(),
  headers: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  dateFormats: z.record(z.string(), DateFormat),
  dateFormat: DateFormat.nullable(),
  suggestedMapping: z.partialRecord(
    z.enum(['caseId', 'activity', 'timestamp', 'resource', 'group', 'lifecycle']),
    z.string(),
  ),
});
export type CsvPreview = z.infer<typeof CsvPreview>;

/** `POST /eventlogs/preview`: what the first MiB of a file shows. */
export const LogPreview = z.object({
  format: z.enum(['xes', 'csv']),
  csv: CsvPreview.nullable(),
  caseAttributes: z.array(AttributeInfo),
  eventAttributes: z.array(AttributeInfo),
  error: LogError.nullable(),
});
export type LogPreview = z.infer<typeof LogPreview>;

/**
 * The handover report. Its type is `HandoverReport` from `shared/eventlog`, computed by that pure code
 * on the server and read by the web app; the schema checks the top-level fields rather than repeating
 * the analysis' nested shapes a second time.
 */
export const ReportResponse = z.object({
  report: z
    .custom<HandoverReport>((v) => typeof v === 'object' && v !== null && 'handovers' in v)
    .meta({ type: 'object', description: 'HandoverReport (shared/eventlog)', required: ['handovers'] }),
});

export const AttributesResponse = z.object({
  caseAttributes: z.array(z.object({ key: z.string(), value: z.string(), cases: z.number() })),
  eventAttributes: z.array(z.string()),
});
export type AttributesResponse = z.infer<typeof AttributesResponse>;

export const CaseParams = z.object({ id: z.uuid(), key: z.string().min(1).max(64) }).strict();
/** One stored case by pseudonym, events in time order. */
export const StoredCase = z.object({
  key: z.string(),
  attrs: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  events: z.array(
    z.object({
      activity: z.string(),
      timestamp: z.number().nullable(),
      resource: z.string().nullable(),
      group: z.string().nullable(),
      lifecycle: z.string().nullable(),
    }),
  ),
});
export type StoredCase = z.infer<typeof StoredCase>;
export const CaseResponse = z.object({ case: StoredCase });
