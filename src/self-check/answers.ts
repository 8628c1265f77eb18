/**
 * The self-check's answers and result bands: plain constants, kept apart from the schema so
 * the island that scores answers in the browser ships no schema library (zod stays at build).
 */
/** 'unanswered': nothing was answered, so the result must not speak as if every answer were "never". */
export const bandIds = ['unanswered', 'none', 'some', 'concerning', 'urgent'] as const;
export type Band = (typeof bandIds)[number];
export const answerIds = ['never', 'once', 'sometimes', 'often'] as const;
export type Answer = (typeof answerIds)[number];
