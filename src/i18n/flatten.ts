/**
 * A strings file's nested groups as one flat record, "fields.phone.label" → text, placeholders
 * untouched. Plain Node (no bundler features), so the build's completeness gate can use it too.
 */
export type FlatStrings = Record<string, string>;

export function flattenStrings(value: unknown, prefix = '', into: FlatStrings = {}): FlatStrings {
  if (typeof value === 'string') into[prefix] = value;
  else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) flattenStrings(child, prefix ? `${prefix}.${key}` : key, into);
  return into;
}
