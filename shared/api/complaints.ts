import { z } from 'zod';
import { IMPORT_FIELDS } from '../complaints/import-fields.ts';
import {
  CHANNELS,
  COMPLAINT_KINDS,
  MAX_DESCRIPTION_LENGTH,
  OUTCOMES,
  PROCESS_REASONS,
} from '../complaints/taxonomy.ts';
import { CellStatus, Interval } from './stats.ts';

const isoDate = z.iso.date();

export const ComplaintParams = z.object({ id: z.uuid() }).strict();

export const CreateComplaintBody = z
  .object({
    receivedOn: isoDate,
    unitId: z.uuid(),
    areaKey: z.string().min(1).max(60).nullable().default(null),
    kind: z.enum(COMPLAINT_KINDS).default('complaint'),
    channel: z.enum(CHANNELS),
    aboutProcess: z.boolean(),
    processReasons: z.array(z.enum(PROCESS_REASONS)).max(PROCESS_REASONS.length).default([]),
    aboutDecision: z.boolean(),
    severity: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    outcome: z.enum(OUTCOMES).default('open'),
    answeredOn: isoDate.nullable().default(null),
    description: z.string().trim().max(MAX_DESCRIPTION_LENGTH).nullable().default(null),
  })
  .strict();
export type CreateComplaintInput = z.infer<typeof CreateComplaintBody>;
/** What the web form sends: every field set. */
export type NewComplaint = CreateComplaintInput;

export const ListComplaintsQuery = z
  .object({
    unitId: z.uuid().optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
  })
  .strict();
export type ListComplaintsFilter = z.infer<typeof ListComplaintsQuery>;

export const Complaint = z.object({
  id: z.string(),
  receivedOn: z.string(),
  unitId: z.string(),
  areaKey: z.string().nullable(),
  kind: z.string(),
  channel: z.string(),
  aboutProcess: z.boolean(),
  processReasons: z.array(z.string()),
  aboutDecision: z.boolean(),
  severity: z.number(),
  outcome: z.string(),
  answeredOn: z.string().nullable(),
  daysToAnswer: z.number().nullable(),
  description: z.string().nullable(),
  imported: z.boolean(),
});
export type ComplaintDto = z.infer<typeof Complaint>;
export type Complaint = ComplaintDto;

export const Area = z.object({
  key: z.string(),
  name: z.string().nullable(),
  active: z.boolean(),
  position: z.number(),
});
export type Area = z.infer<typeof Area>;
export const AreasResponse = z.object({ areas: z.array(Area) });
export const AreaParams = z.object({ key: z.string().min(1).max(60) }).strict();
export const CreateAreaBody = z.object({ name: z.string().trim().min(1).max(80) }).strict();
export const UpdateAreaBody = z
  .object({ name: z.string().trim().min(1).max(80).nullable().optional(), active: z.boolean().optional() })
  .strict();

export const VolumeBody = z
  .object({
    unitId: z.uuid(),
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
    contacts: z.number().int().min(0).max(10_000_000),
  })
  .strict();

export const FiguresQuery = z
  .object({ from: isoDate, to: isoDate })
  .strict()
  .refine((q) => q.from <= q.to, { message: 'from after to', path: ['to'] });

/** An uploaded file: base64 content and its name (the extension picks CSV or XLSX). */
export const ImportFileBody = z
  .object({ fileName: z.string().min(1).max(200), content: z.base64().max(4_000_000) })
  .strict();

const Mapping = z.partialRecord(z.enum(IMPORT_FIELDS), z.number().int().min(0).max(200));
export const ImportBody = z
  .object({ fileName: z.string().min(1).max(200), content: z.base64().max(4_000_000), mapping: Mapping })
  .strict();

export const ComplaintResponse = z.object({ complaint: Complaint });
export const ComplaintsResponse = z.object({ complaints: z.array(Complaint) });
export const AreaResponse = z.object({ area: Area });

/** The first rows of an import file and the column mapping the server suggests. */
export const ImportPreview = z.object({
  header: z.array(z.string()),
  sample: z.array(z.array(z.string())),
  rowCount: z.number(),
  mapping: z.record(z.string(), z.number()),
});
export type ImportPreview = z.infer<typeof ImportPreview>;
export const ImportResult = z.object({ imported: z.number(), batch: z.string() });
export type ImportResult = z.infer<typeof ImportResult>;

/** Figures of one unit (or the whole municipality); null where a small group is hidden. */
export const UnitFigures = z.object({
  unitId: z.string().nullable(),
  status: CellStatus,
  figures: z
    .object({
      count: z.number(),
      contacts: z.number().nullable(),
      ratePer1000: z.number().nullable(),
      rateCi: Interval.nullable(),
      processShare: z.number().nullable(),
      processCi: Interval.nullable(),
      decisionShare: z.number().nullable(),
      medianDaysToAnswer: z.number().nullable(),
      answered: z.number(),
    })
    .nullable(),
  months: z.array(z.object({ month: z.string(), count: z.number() })).nullable(),
  trend: z.number().nullable(),
});
export type UnitFigures = z.infer<typeof UnitFigures>;

export const Figures = z.object({
  from: z.string(),
  to: z.string(),
  minGroupSize: z.number(),
  total: UnitFigures,
  units: z.array(UnitFigures),
});
export type Figures = z.infer<typeof Figures>;
