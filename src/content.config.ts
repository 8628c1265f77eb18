/**
 * Content collections. The schemas are strict on purpose: the build fails on a
 * page with no review date or a fact with no source, because on this site an
 * unsourced number can send someone in danger to the wrong place.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { serviceSchema } from './directory/service-schema.ts';
import { areaSourceSchema, nationAreasSchema, policeForceSchema } from './areas/schema.ts';
import { pageSchema, sourceSchema } from './content/page-schema.ts';
import { selfCheckSchema } from './self-check/schema.ts';

const source = sourceSchema;

const pages = defineCollection({
  // One Markdown file per page per locale: content/pages/<locale>/<slug>.md.
  loader: glob({ pattern: '*/*.md', base: './content/pages' }),
  schema: pageSchema,
});

const emergencyContacts = defineCollection({
  loader: file('./content/emergency-contacts.yaml'),
  schema: z.object({
    name: z.string().min(1),
    /** What a person dials or texts, exactly as shown. */
    number: z.string().min(1).optional(),
    url: z.url().optional(),
    sources: z.array(source.extend({ url: z.url() })).min(1),
    checked: z.coerce.date(),
  }),
});

export { audiences } from './content/page-schema.ts';
export const nations = ['england', 'wales', 'scotland', 'northern-ireland'] as const;

const helplines = defineCollection({
  loader: file('./content/helplines.yaml'),
  schema: z.object({
    nation: z.enum(nations),
    /** The content/services record of this line: its text and BSL routes are shown only from there. */
    service: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(1),
    number: z.string().regex(/^0\d{3}[\d ]{6,10}$/),
    /** Only hours every source agrees on; the page words them in each language. */
    hours: z.enum(['24/7']),
    website: z.url(),
    sources: z.array(source.extend({ url: z.url() })).min(1),
    checked: z.coerce.date(),
  }),
});

/** The service directory: one Open Referral UK–shaped record per file in content/services/. */
const services = defineCollection({
  loader: glob({ pattern: '**/*.yaml', base: './content/services' }),
  schema: serviceSchema,
});

/** Areas: where each area's data comes from, the UK's police forces, and councils per nation. */
const areaSources = defineCollection({ loader: file('./content/areas/sources.yaml'), schema: areaSourceSchema });
const policeForces = defineCollection({ loader: file('./content/areas/police-forces.yaml'), schema: policeForceSchema });
const localAuthorities = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/areas/local-authorities' }),
  schema: nationAreasSchema,
});

// One file per locale, beside its UI strings: locales/<lang>/self-check.yaml, its id the locale.
const selfCheck = defineCollection({
  loader: glob({ pattern: '*/self-check.yaml', base: './locales', generateId: ({ entry }) => entry.split('/')[0] ?? entry }),
  schema: selfCheckSchema,
});

export const collections = { pages, emergencyContacts, helplines, services, areaSources, policeForces, localAuthorities, selfCheck };
