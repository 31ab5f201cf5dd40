import { z } from 'zod';

export const IDEA_STATUSES = ['proposed', 'selected', 'testing', 'adopted', 'rejected'] as const;
const Profession = z.string().trim().min(1).max(80);

export const IdeaBody = z
  .object({
    title: z.string().trim().min(1).max(200),
    description: z.string().trim().max(4000).default(''),
    /** The professional groups who proposed it: the point is ideas found together across professions. */
    professions: z.array(Profession).max(20).default([]),
    effort: z.int().min(1).max(3).default(2),
    impact: z.int().min(1).max(3).default(2),
    status: z.enum(IDEA_STATUSES).default('proposed'),
    problemIds: z.array(z.uuid()).max(50).default([]),
  })
  .strict();
export type IdeaInput = z.infer<typeof IdeaBody>;

export const IdeaPatch = z
  .object({
    title: z.string().trim().min(1).max(200),
    description: z.string().trim().max(4000),
    professions: z.array(Profession).max(20),
    effort: z.int().min(1).max(3),
    impact: z.int().min(1).max(3),
    status: z.enum(IDEA_STATUSES),
    problemIds: z.array(z.uuid()).max(50),
  })
  .partial()
  .strict();
export type IdeaPatchInput = z.infer<typeof IdeaPatch>;

/** A workshop vote: one dot more, or one back. */
export const VoteBody = z.object({ delta: z.union([z.literal(1), z.literal(-1)]) }).strict();

export const Idea = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  professions: z.array(z.string()),
  effort: z.number(),
  impact: z.number(),
  votes: z.number(),
  status: z.enum(IDEA_STATUSES),
  problemIds: z.array(z.string()),
  createdAt: z.string(),
});
export type IdeaDto = z.infer<typeof Idea>;

export const IdeaResponse = z.object({ idea: Idea });
export const IdeaList = z.object({ ideas: z.array(Idea) });
export const IdeaParams = z.object({ id: z.uuid() }).strict();
