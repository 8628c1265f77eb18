/**
 * One directory record, shaped on Open Referral UK / HSDS 3.0: the organisation, the
 * service, its phones, schedules, service areas, locations and taxonomy. Used by the
 * content collection (the build fails on a bad record) and by the import/export scripts.
 */
import { z } from 'astro/zod';
import { communities, features, nations, needs } from './taxonomy.ts';

/** Text that may be translated: English always, other locales when written and checked. */
export const translatable = z.object({ en: z.string().min(1) }).catchall(z.string().min(1));

/**
 * UK numbers as people dial them: 0808 2000 247, 0808 80 10 800, 0800 1111, 999, 101, 116 123,
 * 18001 101 (text relay), or a 5–6 digit text short code.
 */
export const phoneNumber = z
  .string()
  .regex(/^(0\d{2,4}( \d{2,6}){0,3}|0\d{7,10}|\d{3}|116 ?\d{3}|18001 ?\d{3}|\d{5,6})$/, 'a UK phone number such as 0808 2000 247')
  .refine((number) => !number.startsWith('0') || /^\d{8,11}$/.test(number.replace(/ /g, '')), 'a UK phone number such as 0808 2000 247');

const source = z.object({
  publisher: z.string().min(1),
  url: z.url(),
  /** The source's own date (YYYY, YYYY-MM or YYYY-MM-DD) where it shows one. */
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
    .optional(),
});

export const serviceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    organization: z.object({ name: z.string().min(1), url: z.url().optional(), charity_number: z.string().optional() }),
    service: z.object({
      name: translatable,
      description: translatable,
      url: z.url().optional(),
      email: z.email().optional(),
      status: z.enum(['active', 'inactive', 'defunct']).default('active'),
      eligibility: translatable.optional(),
      fees: translatable.optional(),
      /** BCP 47 tags of languages the service works in (besides interpreters). */
      languages: z.array(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/)).default(['en']),
      accessibility: translatable.optional(),
      /** The HSDS assured_date: when the publisher last confirmed the record. */
      assured_date: z.coerce.date().optional(),
    }),
    phones: z
      .array(
        z.object({
          number: phoneNumber,
          description: translatable.optional(),
          /** "24/7", or "check" where sources disagree or say nothing: the page then says to check the website. */
          hours: z.enum(['24/7', 'check']),
          text: z.boolean().default(false),
          bsl: z.boolean().default(false),
        }),
      )
      .default([]),
    schedules: z.array(z.object({ description: translatable })).default([]),
    service_areas: z
      .array(
        z.discriminatedUnion('type', [
          z.object({ type: z.literal('uk') }),
          z.object({ type: z.literal('nation'), nation: z.enum(nations) }),
          /**
           * A region inside one nation, named as the publisher names it; the nation lets nation
           * pages list it. `covers` says which of our areas (content/areas) that name takes in:
           * ONS regions ("region:london"), police force areas ("force:kent") or councils ("la:cornwall").
           */
          z.object({
            type: z.literal('region'),
            region: z.string().min(1),
            nation: z.enum(nations),
            covers: z.array(z.string().regex(/^(region|force|la):[a-z0-9-]+$/)).min(1),
          }),
          z.object({ type: z.literal('local-authority'), code: z.string().regex(/^[ENSW]\d{8}$/) }),
        ]),
      )
      .min(1),
    /** A refuge is always a confidential virtual location: its address is never published. */
    locations: z
      .array(
        z.discriminatedUnion('type', [
          z.object({ type: z.literal('virtual'), confidential: z.boolean().default(false) }),
          z.object({ type: z.literal('physical'), address: z.string().min(1), postcode: z.string().optional() }),
        ]),
      )
      .default([{ type: 'virtual', confidential: false }]),
    taxonomy: z.object({
      needs: z.array(z.enum(needs)).min(1),
      communities: z.array(z.enum(communities)).default([]),
      features: z.array(z.enum(features)).default([]),
    }),
    /** Run by and for the communities it serves. */
    by_and_for: z.boolean().default(false),
    /** Its key contact detail could not be verified: the site shows the website only. */
    unverified: z.boolean().default(false),
    source: z.array(source).min(1),
    /** The date of the newest source we hold, so the site says honestly how old the record is. */
    checked: z.coerce.date(),
  })
  .refine((record) => !record.taxonomy.needs.includes('refuge') || record.locations.every((location) => location.type === 'virtual' && location.confidential), {
    message: 'a refuge must have only a confidential virtual location, never an address',
    path: ['locations'],
  })
  .refine((record) => !record.unverified || record.phones.length === 0, {
    message: 'an unverified service shows its website only: remove its phones',
    path: ['phones'],
  });

export type ServiceRecord = z.infer<typeof serviceSchema>;
