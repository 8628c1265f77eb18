/**
 * The no-JavaScript directory form: GET /<locale>/directory/go/?to=<facet>/<value> answers
 * with a redirect to that static browse page, so a plain form can choose among them.
 */
import { isLocale } from '../i18n/locales.ts';
import { facetNames } from '../directory/facets.ts';

const goPath = /^\/([^/]+)\/directory\/go\/?$/;
const target = new RegExp(`^(${facetNames.join('|')})/[a-z0-9-]{1,60}$`);

/** Where to send a /directory/go/ request, or undefined if this is not one. */
export function directoryRedirect(url: URL): string | undefined {
  const match = goPath.exec(url.pathname);
  if (!match || !isLocale(match[1])) return undefined;
  const to = url.searchParams.get('to') ?? '';
  return target.test(to) ? `/${match[1]}/directory/${to}/` : `/${match[1]}/directory/`;
}
