/**
 * The self-check's answers and result bands: plain constants, kept apart from the schema so
 * the island that scores answers in the browser ships no schema library (zod stays at build).
 */
export const bandIds = ['none', 'some', 'concerning', 'urgent'] as const;
export type Band = (typeof bandIds)[number];
export const answerIds = ['never', 'once', 'sometimes', 'often'] as const;
export type Answer = (typeof answerIds)[number];
