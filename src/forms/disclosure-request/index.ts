/**
 * Clare's Law "right to ask": everything that defines the form, in this folder. The schema
 * (schema.ts) is what the island and the handler validate with; the layout (layout.ts) is its
 * steps and the rules that show or hide a question; requests route to the chosen police force.
 */
import { disclosureRequestLayout } from './layout.ts';
import { disclosureRequestMultiLine, disclosureRequestSchema } from './schema.ts';

export const disclosureRequest = {
  id: 'disclosure-request',
  schema: disclosureRequestSchema,
  layout: disclosureRequestLayout,
  multiLine: disclosureRequestMultiLine,
  routeBy: 'force',
} as const;
