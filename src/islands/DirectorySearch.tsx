/**
 * The directory search island: free text and filters over the locale's services.json,
 * results updating as the person types, the query kept in the URL (shareable, nothing
 * stored). Rendered only in the browser (client:only): without JavaScript the browse
 * links below it do the same job.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import ServiceCard from '../components/directory/ServiceCard.tsx';
import type { CardLabels } from '../directory/card-labels.ts';
import type { DirectoryEntry } from '../directory/entry.ts';
import { emptyQuery, fromSearchParams, search, toSearchParams, type Query } from '../directory/filter.ts';
import { communities, nations, needs } from '../directory/taxonomy.ts';

export interface SearchText {
  title: string;
  text: string;
  textHint: string;
  filters: string;
  need: string;
  community: string;
  nation: string;
  language: string;
  any: string;
  bsl: string;
  wheelchair: string;
  pets: string;
  nrpf: string;
  /** Results count per plural category, with {{count}}. */
  results: Record<string, string>;
  none: string;
  loading: string;
  failed: string;
  clear: string;
}

interface Props {
  locale: string;
  dataUrl: string;
  labels: CardLabels;
  text: SearchText;
  /** The national helplines, shown when nothing matches. */
  helplines: { name: string; number: string }[];
}

type Load = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; entries: DirectoryEntry[] };

const allowed = { needs, communities, nations };

export default function DirectorySearch({ locale, dataUrl, labels, text, helplines }: Props) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [query, setQuery] = useState<Query>(() => fromSearchParams(new URLSearchParams(location.search), allowed));

  useEffect(() => {
    fetch(dataUrl, { credentials: 'omit' })
      .then((response) => (response.ok ? (response.json() as Promise<DirectoryEntry[]>) : Promise.reject(new Error(String(response.status)))))
      .then((entries) => setLoad({ state: 'ready', entries }))
      .catch(() => setLoad({ state: 'failed' }));
  }, [dataUrl]);

  // The URL reflects the search (replaceState: no new history entry per keystroke).
  useEffect(() => {
    const params = toSearchParams(query).toString();
    history.replaceState(history.state, '', params ? `?${params}` : location.pathname);
  }, [query]);

  const labelsFor = (entry: DirectoryEntry) =>
    [...entry.needs.map((need) => labels.need[need]), ...entry.communities.map((community) => labels.community[community]), ...entry.nations.map((nation) => labels.nation[nation]), ...entry.places].join(' ');
  // The languages services work in, each named in its own language ("Cymraeg", "العربية").
  const languages = useMemo(() => {
    const tags = load.state === 'ready' ? [...new Set(load.entries.flatMap((entry) => entry.languages))].sort() : [];
    return tags.map((tag) => [tag, new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag] as const);
  }, [load]);
  const results = useMemo(() => (load.state === 'ready' ? search(load.entries, query, labelsFor) : []), [load, query]);
  const plural = new Intl.PluralRules(locale).select(results.length);
  const count = (text.results[plural] ?? text.results.other ?? '').replace('{{count}}', String(results.length));
  const set = (change: Partial<Query>) => setQuery((current) => ({ ...current, ...change }));
  const now = Date.now();

  const select = (name: 'need' | 'community' | 'nation', options: readonly string[], names: Record<string, string>) => (
    <div class="field">
      <label for={`search-${name}`}>{text[name]}</label>
      <select id={`search-${name}`} value={query[name] ?? ''} onChange={(event) => set({ [name]: (event.currentTarget.value || undefined) as never })}>
        <option value="">{text.any}</option>
        {options.map((value) => (
          <option value={value}>{names[value]}</option>
        ))}
      </select>
    </div>
  );
  const checkbox = (name: 'bsl' | 'wheelchair' | 'pets' | 'nrpf') => (
    <div class="checkbox">
      <input type="checkbox" id={`search-${name}`} checked={query[name]} onChange={(event) => set({ [name]: event.currentTarget.checked })} />
      <label for={`search-${name}`}>{text[name]}</label>
    </div>
  );

  return (
    <section class="directory-search" aria-labelledby="search-title">
      <h2 id="search-title">{text.title}</h2>
      <form role="search" onSubmit={(event) => event.preventDefault()}>
        <div class="field">
          <label for="search-text">{text.text}</label>
          <p class="hint" id="search-text-hint">
            {text.textHint}
          </p>
          <input id="search-text" type="search" autocomplete="off" aria-describedby="search-text-hint" value={query.text} onInput={(event) => set({ text: event.currentTarget.value })} />
        </div>
        <fieldset>
          <legend>{text.filters}</legend>
          <div class="filters">
            {select('need', needs, labels.need)}
            {select('community', communities, labels.community)}
            {select('nation', nations, labels.nation)}
            <div class="field">
              <label for="search-language">{text.language}</label>
              <select id="search-language" value={query.language ?? ''} onChange={(event) => set({ language: event.currentTarget.value || undefined })}>
                <option value="">{text.any}</option>
                {languages.map(([tag, name]) => (
                  <option value={tag} lang={tag}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {checkbox('bsl')}
          {checkbox('wheelchair')}
          {checkbox('pets')}
          {checkbox('nrpf')}
        </fieldset>
        <button type="button" class="button button--secondary" onClick={() => setQuery(emptyQuery)}>
          {text.clear}
        </button>
      </form>
      <p class="directory-search__count" role="status">
        {load.state === 'loading' ? text.loading : load.state === 'failed' ? text.failed : count}
      </p>
      {load.state === 'ready' && results.length === 0 && (
        <div class="notice">
          <p>{text.none}</p>
          <ul>
            {helplines.map((helpline) => (
              <li>
                <span lang="en">{helpline.name}</span>:{' '}
                <a class="tel" href={`tel:${helpline.number.replace(/[^\d+]/g, '')}`} dir="ltr">
                  {helpline.number}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <ul class="service-list">
        {results.map((entry) => (
          <li key={entry.id}>
            <ServiceCard entry={entry} labels={labels} now={now} />
          </li>
        ))}
      </ul>
    </section>
  );
}
