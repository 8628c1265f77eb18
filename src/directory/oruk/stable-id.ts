/**
 * Open Referral UK wants a UUID for every object. Ours are derived from our own ids with
 * UUID v5 (a SHA-1 name-based UUID), so the same record exports with the same ids every time
 * and a consumer can update rather than duplicate it.
 */
import { v5 as uuidv5 } from 'uuid';

/** Waypoint's own namespace for name-based UUIDs: never change it, or every exported id changes. */
const namespace = '7f3c2b8e-4a61-4d2e-9c55-0b8f6a1d3e27';

/** A stable UUID for one object: its kind and the parts that identify it, e.g. ('phone', 'ndah-refuge', '0'). */
export function stableId(kind: string, ...parts: string[]): string {
  return uuidv5([kind, ...parts].join(':'), namespace);
}
