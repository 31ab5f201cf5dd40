import { z } from 'zod';

export const EVIDENCE_KINDS = ['observation', 'quote', 'survey_text', 'journey_pain'] as const;

export const ProblemBody = z
  .object({
    title: z.string().trim().min(1).max(200),
    description: z.string().trim().max(4000).default(''),
  })
  .strict();
export const ProblemPatch = ProblemBody.partial().strict();
export type ProblemInput = z.infer<typeof ProblemBody>;

/**
 * Puts one piece of evidence in a problem (or back in the pool with `problemId: null`). Survey text is
 * referenced as `responseId:itemId`, a journey pain point as `journeyId:stepId`; the latter is opaque
 * here (journeys are another feature), so its label is given by the user.
 */
export const PlaceEvidenceBody = z
  .object({
    kind: z.enum(EVIDENCE_KINDS),
    ref: z.string().trim().min(1).max(200),
    problemId: z.uuid().nullable(),
    label: z.string().trim().max(500).optional(),
  })
  .strict();
export type PlaceEvidenceInput = z.infer<typeof PlaceEvidenceBody>;

export const EvidenceItem = z.object({ kind: z.enum(EVIDENCE_KINDS), ref: z.string(), label: z.string() });
export type EvidenceDto = z.infer<typeof EvidenceItem>;

export const Problem = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  evidence: z.array(EvidenceItem),
  counts: z.record(z.enum(EVIDENCE_KINDS), z.number()),
});
export type ProblemDto = z.infer<typeof Problem>;

export const Board = z.object({ problems: z.array(Problem), pool: z.array(EvidenceItem) });
export const ProblemResponse = z.object({ problem: Problem });
export const ProblemParams = z.object({ id: z.uuid() }).strict();
export const SurveyTexts = z.object({
  texts: z.array(z.object({ ref: z.string(), body: z.string(), at: z.string() })),
});
