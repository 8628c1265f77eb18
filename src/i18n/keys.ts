/**
 * The UI string keys, declared once from the English files, so a misspelt key fails
 * `npm run typecheck` instead of showing the raw key to someone in a hurry. English is the
 * reference: the completeness test keeps every other locale's files to the same keys.
 */
import type common from '../../locales/en/common.json';
import type directory from '../../locales/en/directory.json';
import type forms from '../../locales/en/forms.json';
import type search from '../../locales/en/search.json';

interface Strings {
  common: typeof common;
  directory: typeof directory;
  forms: typeof forms;
  search: typeof search;
}

export type Namespace = keyof Strings;

/** "a.b.c" for every string leaf of a nested object. */
type Leaves<T, Prefix extends string = ''> = T extends string
  ? Prefix
  : { [K in keyof T & string]: Leaves<T[K], Prefix extends '' ? K : `${Prefix}.${K}`> }[keyof T & string];

/** i18next picks the plural form itself: code asks for "results", the file holds "results_one"/"results_other". */
type WithoutPlural<K extends string> = K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base : K;

export type KeyOf<N extends Namespace> = WithoutPlural<Leaves<Strings[N]>>;

/** Keys as a translator whose default namespace is N accepts them: its own bare, the others "ns:key". */
export type UIKey<N extends Namespace = 'common'> = KeyOf<N> | { [O in Exclude<Namespace, N>]: `${O}:${KeyOf<O>}` }[Exclude<Namespace, N>];

/** What follows "prefix." in a namespace's keys: the error names under "errors.", for example. */
export type KeysUnder<N extends Namespace, Prefix extends string> = KeyOf<N> extends infer K ? (K extends `${Prefix}.${infer Rest}` ? Rest : never) : never;

/** The validation messages a yup rule may name (locales/en/forms.json "errors"). */
export type ErrorKey = KeysUnder<'forms', 'errors'>;
