/** England's ONS regions, kept apart from the schema so the server can use them without zod. */
/** The nine ONS regions of England. Wales, Scotland and Northern Ireland have none. */
export const englishRegions = [
  'north-east',
  'north-west',
  'yorkshire-and-the-humber',
  'east-midlands',
  'west-midlands',
  'east-of-england',
  'london',
  'south-east',
  'south-west',
] as const;

export type EnglishRegion = (typeof englishRegions)[number];
