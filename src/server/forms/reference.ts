/**
 * Reference codes people can read out on the phone: 12 characters from an alphabet with
 * no 0/O, 1/I/L or U/V lookalikes, chosen with a cryptographic random source.
 */
import { randomInt } from 'node:crypto';

export const referenceAlphabet = '23456789ABCDEFGHJKMNPQRSTWXYZ';

export function newReference(length = 12): string {
  let code = '';
  for (let index = 0; index < length; index += 1) code += referenceAlphabet[randomInt(referenceAlphabet.length)];
  return code;
}
