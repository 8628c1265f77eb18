/** The self-check's text and questions (locales/<locale>/self-check.yaml), checked when the site builds. */
import { z } from 'astro/zod';

export { answerIds, bandIds, type Answer, type Band } from './answers.ts';

const band = z.object({ title: z.string().min(1), body: z.array(z.string().min(1)).min(1) });

export const selfCheckSchema = z.object({
  legend: z.string().min(1),
  answers: z.object({ never: z.string(), once: z.string(), sometimes: z.string(), often: z.string() }),
  questions: z
    .array(z.object({ id: z.string().regex(/^[a-z]+$/), text: z.string().min(1), serious: z.boolean().default(false), children: z.boolean().default(false) }))
    .min(10)
    .max(15),
  submit: z.string().min(1),
  privacy: z.string().min(1),
  /** The honest privacy note while the form posts to the server (no JavaScript). */
  privacyNoScript: z.string().min(1),
  resultTitle: z.string().min(1),
  again: z.string().min(1),
  bands: z.object({ unanswered: band, none: band, some: band, concerning: band, urgent: band }),
  childrenNote: z.string().min(1),
  next: z.string().min(1),
  nextBody: z.array(z.string().min(1)),
  nextLinks: z.array(z.object({ slug: z.string().min(1), text: z.string().min(1) })),
});

export type SelfCheckText = z.infer<typeof selfCheckSchema>;
