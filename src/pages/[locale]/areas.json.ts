/**
 * /<locale>/areas.json: every UK council with its nation, region and police force, named in
 * the locale's language, for the offline area typeahead (directory and Clare's Law route
 * finder). Static: looking up a place never sends what someone typed anywhere.
 */
import type { APIRoute } from 'astro';
import { localeStaticPaths } from '../../i18n/paths.ts';
import { areaData } from '../../areas/load.ts';
import { toAreas } from '../../areas/area.ts';
import { forceName } from '../../areas/force.ts';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale!;
  const { forces, files } = await areaData();
  const body = {
    areas: toAreas(files, locale),
    forces: Object.fromEntries(forces.map((force) => [force.id, { name: forceName(force, locale), website: force.website }])),
  };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
