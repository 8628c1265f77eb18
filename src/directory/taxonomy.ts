/**
 * The directory's taxonomy: what a service offers (needs), who it is run by and for
 * (communities), and practical features. Open Referral UK publishers use their own
 * vocabularies; importers map onto these ids (see openreferral/taxonomy-map.ts).
 */
export const needs = [
  'helpline',
  'refuge',
  'outreach-idva',
  'legal',
  'housing',
  'money',
  'children',
  'counselling',
  'pets',
  'behaviour-change',
  'stalking',
  'sexual-violence',
  'forced-marriage-hba',
  'police-and-disclosure',
] as const;

export const communities = [
  'black-minoritised-women',
  'lgbtq',
  'deaf',
  'disabled',
  'older-people',
  'men',
  'young-people',
  'migrant-women-nrpf',
  'faith-groups',
] as const;

export const features = ['bsl', 'interpreters', 'wheelchair-access', 'accepts-pets', 'accepts-nrpf', '24-hours', 'text-webchat'] as const;

export const nations = ['england', 'wales', 'scotland', 'northern-ireland'] as const;

export type Need = (typeof needs)[number];
export type Community = (typeof communities)[number];
export type Feature = (typeof features)[number];
export type Nation = (typeof nations)[number];
