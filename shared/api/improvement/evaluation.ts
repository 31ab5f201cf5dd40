import { z } from 'zod';
import type { ReportData } from '../../evaluation/report.ts';
import { fileResponse } from '../common.ts';

export const EvaluationParams = z.object({ id: z.uuid() }).strict();
export const ReportTokenParams = z.object({ token: z.string().regex(/^[\w-]{20,64}$/) }).strict();
export const ReportQuery = z
  .object({ lang: z.enum(['da', 'nb', 'en']).optional(), download: z.enum(['true', 'false']).optional() })
  .strict();

/**
 * The evaluation of an initiative. Its type is `ReportData` from `shared/evaluation/report.ts`, which
 * the pure report code computes and both sides already share; the schema checks it is an object with
 * the report's top-level fields rather than repeating the statistics' nested shapes a second time.
 */
export const Evaluation = z
  .custom<ReportData>(
    (v) =>
      typeof v === 'object' &&
      v !== null &&
      ['initiative', 'locale', 'minN', 'items', 'headline', 'hours', 'rates'].every((k) => k in v),
  )
  .meta({
    type: 'object',
    description: 'ReportData (shared/evaluation/report.ts): the initiative, items with verdicts, rates',
    required: ['initiative', 'locale', 'minN', 'items', 'headline', 'hours', 'rates'],
  });

export const reportHtml = fileResponse('text/html', 'The evaluation report as one self-contained HTML file');
