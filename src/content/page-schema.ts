/**
 * A content page's frontmatter (content/pages/<locale>/<slug>.md). Strict on purpose: the
 * build fails on a page with no review date or a fact with no source, because on this site
 * an unsourced claim can send someone in danger to the wrong place.
 */
import { z } from 'astro/zod';
import { communities, needs } from '../directory/taxonomy.ts';

export const sourceSchema = z.object({
  title: z.string().min(1),
  publisher: z.string().min(1),
  /** The source's own year; left out when the page shows none (never guessed). */
  year: z.number().int().min(1990).max(2100).optional(),
  url: z.url().optional(),
});

export const audiences = ['survivor', 'self', 'someone-else', 'all'] as const;

export const pageSchema = z.object({
  title: z.string().min(1),
  summary: z.string().min(1),
  audience: z.enum(audiences),
  topics: z.array(z.string().min(1)).min(1),
  /** Every fact stated on the page names where it comes from; a page stating none has []. */
  sources: z.array(sourceSchema),
  reviewed: z.coerce.date(),
  /** The Easy Read version of this page, as a path: /en/easy-read/. */
  easyRead: z
    .string()
    .regex(/^\/[a-z]{2}\/[a-z0-9-]+\/$/)
    .optional(),
  related: z.array(z.string()).default([]),
  /** The "Who can help" box: directory services offering any of these needs, or for any of these communities. */
  needs: z.array(z.enum(needs)).default([]),
  communities: z.array(z.enum(communities)).default([]),
  /** Parts built from data, shown after the text: numbers never go into Markdown. */
  blocks: z.array(z.enum(['emergency-contacts', 'route-finder', 'self-check', 'print', 'easy-read'])).default([]),
  /** Present on every page that is not English: which English text it was checked against, and when. */
  translation: z
    .object({
      from: z.literal('en'),
      checked: z.coerce.date(),
      /** Clarifications the language needed that the English does not have, so a reviewer can tell them from errors. */
      notes: z.array(z.string().min(1)).default([]),
    })
    .optional(),
});

export type PageData = z.infer<typeof pageSchema>;
