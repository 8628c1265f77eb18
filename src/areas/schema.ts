/**
 * UK local authorities, the police force that covers each, and (in England) its ONS
 * region: the directory's area filter and the Clare's Law route finder both read these.
 * Every file names its sources; the build fails on a file or force that does not.
 */
import { z } from 'astro/zod';
import { nations } from '../directory/taxonomy.ts';

export { englishRegions, type EnglishRegion } from './regions.ts';
import { englishRegions } from './regions.ts';

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);
const sourceIds = z.array(id).min(1);

export const areaSourceSchema = z.object({
  id,
  title: z.string().min(1),
  publisher: z.string().min(1),
  /** The edition used (YYYY or YYYY-MM), so the data's age is plain. */
  edition: z.string().regex(/^\d{4}(-\d{2})?$/),
  url: z.url(),
});

export const policeForceSchema = z.object({
  id,
  name: z.string().min(1),
  /** The force's name in other languages, by locale code, where it has one (Heddlu Gwent). */
  names: z.record(z.string(), z.string().min(1)).default({}),
  nation: z.enum(nations),
  /** The force's own official website: the route finder offers it beside our form. */
  website: z.url().refine((url) => new URL(url).hostname.endsWith('.police.uk'), 'a police force website ends in .police.uk'),
  sources: sourceIds,
});

const placeName = z.string().min(1);

export const localAuthoritySchema = z.object({
  id,
  name: z.string().min(1),
  /** The council's name in other languages, by locale code (cy: Caerdydd). */
  names: z.record(z.string(), z.string().min(1)).default({}),
  region: z.enum(englishRegions).optional(),
  force: id,
  /** Towns and districts inside it, for the typeahead. */
  places: z.array(placeName).default([]),
  /** Towns' names in other languages, by locale code (cy: [Glynebwy]). */
  placeNames: z.record(z.string(), z.array(placeName)).default({}),
});

/** One file per nation: content/areas/local-authorities/<nation>.yaml. */
export const nationAreasSchema = z
  .object({
    nation: z.enum(nations),
    sources: sourceIds,
    authorities: z.array(localAuthoritySchema).min(1),
  })
  .refine((file) => file.authorities.every((authority) => (file.nation === 'england') === (authority.region !== undefined)), {
    message: 'every local authority in England has an ONS region, and none elsewhere does',
    path: ['authorities'],
  });

export type AreaSource = z.infer<typeof areaSourceSchema>;
export type PoliceForce = z.infer<typeof policeForceSchema>;
export type LocalAuthority = z.infer<typeof localAuthoritySchema>;
export type NationAreas = z.infer<typeof nationAreasSchema>;
