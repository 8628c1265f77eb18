/** The pages the form handler can answer with, built per locale at /<locale>/forms/response/<kind>/. */
export const responseKinds = ['sent', 'unconfirmed', 'invalid', 'rejected', 'busy', 'failed'] as const;
export type ResponseKind = (typeof responseKinds)[number];

export const responsePath = (locale: string, kind: ResponseKind) => `/${locale}/forms/response/${kind}/`;
export const isResponsePath = (pathname: string) => /^\/[^/]+\/forms\/response\//.test(pathname);
