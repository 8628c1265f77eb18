/** A police force's name in the page's language: Welsh forces have Welsh names. */
import type { Area } from './area.ts';
import type { PoliceForce } from './schema.ts';

export const forceName = (force: Pick<PoliceForce, 'name' | 'names'>, locale: string) => force.names[locale] ?? force.name;

/** What /<locale>/areas.json holds: councils, and each force's name and official website. */
export interface AreasFile {
  areas: Area[];
  forces: Record<string, { name: string; website: string }>;
}
