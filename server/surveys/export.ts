import { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import type { Tenant } from '../auth/context.ts';
import type { DatabaseKind } from '../db/database.ts';
import type { Database } from '../db/types.ts';
import { AppError, notFound } from '../http/app-error.ts';
import { csvPieces, MACHINE_CSV } from '../http/csv.ts';
import { type CellValue, xlsxSheetStream } from '../http/xlsx-stream.ts';
import { type Question, surveyQuestions } from './definition.ts';
import { findSurvey } from './repository.ts';
import { responseRows } from './response-rows.ts';
import { countResponses, freeTextMinimum, minGroupSize } from './results-repository.ts';

type Db = Kysely<Database>;

export interface ExportPlan {
  filename: string;
  header: string[];
  rows: () => AsyncGenerator<CellValue[]>;
}

/** A cell for one answer: the scale value, the option key, the text, or "dk" for don't know. */
function cell(q: Question, answers: Record<string, string> | null, texts: Record<string, string> | null) {
  if (q.kind === 'text') return texts?.[q.id] ?? null;
  const raw = answers?.[q.id];
  if (raw === undefined || raw === null) return null;
  if (raw === 'dk') return 'dk';
  if (q.kind === 'choice') return q.options?.[Number(raw) - 1]?.key ?? null;
  return Number(raw);
}

/**
 * Checks the group size and plans an export: one row per response, one column per item. Refused
 * below the municipality's minimum; free-text columns only appear above their higher minimum.
 */
export async function planExport(
  db: Db,
  kind: DatabaseKind,
  tenant: Tenant,
  surveyId: string,
): Promise<ExportPlan> {
  const survey = await findSurvey(db, tenant, surveyId);
  if (!survey) throw notFound();
  const [count, min] = [await countResponses(db, tenant, surveyId), await minGroupSize(db, tenant)];
  if (count < min) throw new AppError('group_too_small', { count, minimum: min });
  const withText = count >= freeTextMinimum(min);
  const questions = surveyQuestions(survey.definition, survey.plural).filter(
    (q) => withText || q.kind !== 'text',
  );
  const header = ['response', 'hour', 'unit_id', 'channel', 'locale', ...questions.map((q) => q.id)];
  async function* rows() {
    for await (const r of responseRows(db, kind, tenant, surveyId)) {
      const fixed = [r.id, r.submitted_hour.toISOString(), r.unit_id, r.channel, r.locale];
      yield [...fixed, ...questions.map((q) => cell(q, r.answers, r.texts))];
    }
  }
  return { filename: `survey-${surveyId.slice(0, 8)}-v${survey.version}`, header, rows };
}

/** The export as a CSV byte stream (machine dialect: comma, decimal point, UTF-8 with BOM). */
export function csvStream(plan: ExportPlan): Readable {
  async function* rows() {
    yield plan.header;
    yield* plan.rows();
  }
  return Readable.from(csvPieces(rows(), MACHINE_CSV), { objectMode: false, highWaterMark: 4 * 65_536 });
}

/**
 * The export as a streamed XLSX workbook: the header, then one committed row per response; above
 * Excel's 1,048,576 rows a sheet, the rows go on in `responses 2`, `responses 3`…, each with the header.
 */
export function xlsxStream(plan: ExportPlan): Readable {
  async function* rows() {
    yield plan.header;
    yield* plan.rows();
  }
  return xlsxSheetStream('responses', rows(), { repeatHeader: true });
}
