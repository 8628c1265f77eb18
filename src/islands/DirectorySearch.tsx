/**
 * The directory search island: free text and filters over the locale's prefix-sharded index
 * (/<locale>/directory/index/, src/directory/prefix-index/),
 * results updating as the person types, the query kept in the URL (shareable, nothing
 * stored). Rendered only in the browser (client:only): without JavaScript the browse
 * links below it do the same job.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import ServiceCard from '../components/directory/ServiceCard.tsx';
import type { CardLabels } from '../directory/card-labels.ts';
import type { DirectoryEntry } from '../directory/entry.ts';
import { emptyQuery, fromSearchParams, queryTokens, toSearchParams, type Query } from '../directory/filter.ts';
import { PrefixIndex } from '../directory/prefix-index/query.ts';
import { communities, nations, needs } from '../directory/taxonomy.ts';
import AreaPicker, { type AreaPickerText } from '../components/area/AreaPicker.tsx';
import { coverKeys, type Area } from '../areas/area.ts';
import { fetchAreas } from '../areas/fetch-areas.ts';
import HelplineLinks, { type Helpline } from '../components/HelplineLinks.tsx';
import { fill, plural } from '../i18n/format.ts';

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
  more: string;
  none: string;
  loading: string;
  failed: string;
  clear: string;
  /** "Showing services that cover {{area}}." */
  areaChosen: string;
}

interface Props {
  locale: string;
  /** Where the locale's search index lives, ending in "/". */
  indexUrl: string;
  labels: CardLabels;
  text: SearchText;
  /** The national helplines, shown when nothing matches. */
  helplines: Helpline[];
  /** The locale's areas.json, loaded when the area field is first used. */
  areasUrl: string;
  areaText: AreaPickerText;
}

type Load = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; index: PrefixIndex };
type Results = { total: number; shown: DirectoryEntry[] };

/** Results are shown a page at a time, so a broad search never loads the whole directory. */
const pageSize = 20;

const allowed = { needs, communities, nations };

export default function DirectorySearch({ locale, indexUrl, labels, text, helplines, areasUrl, areaText }: Props) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [query, setQuery] = useState<Query>(() => fromSearchParams(new URLSearchParams(location.search), allowed));
  // Undefined until the first search has answered, so the count never says "0" while loading.
  const [results, setResults] = useState<Results | undefined>(undefined);
  const [limit, setLimit] = useState(pageSize);
  const latest = useRef(0);
  const [areas, setAreas] = useState<Area[] | undefined>(undefined);
  const areasRequested = useRef(false);
  const loadAreas = () => {
    if (areasRequested.current) return;
    areasRequested.current = true;
    fetchAreas(areasUrl).then(
      (file) => setAreas(file.areas),
      () => setAreas([]),
    );
  };
  // A shared link with an area needs the place list before it can search.
  useEffect(() => {
    if (query.area) loadAreas();
  }, []);
  // Once the list is here, an area id it does not know (an old or edited link) is dropped.
  useEffect(() => {
    if (areas && query.area && !areas.some((area) => area.id === query.area)) set({ area: undefined });
  }, [areas]);
  const chosenArea = areas?.find((area) => area.id === query.area);

  useEffect(() => {
    PrefixIndex.open(indexUrl).then(
      (index) => setLoad({ state: 'ready', index }),
      () => setLoad({ state: 'failed' }),
    );
  }, [indexUrl]);

  // Each change of query runs a search; an answer that arrives after a newer one is dropped.
  useEffect(() => {
    if (load.state !== 'ready') return;
    if (query.area && !areas) return;
    const run = ++latest.current;
    const areaKeys = (id: string) => {
      const area = areas?.find((candidate) => candidate.id === id);
      return area ? coverKeys(area) : undefined;
    };
    (async () => {
      const ids = await load.index.ids(query.text, queryTokens(query, areaKeys));
      const shown = await load.index.entries(ids.slice(0, limit));
      if (run === latest.current) setResults({ total: ids.length, shown });
    })().catch(() => setLoad({ state: 'failed' }));
  }, [load, query, limit, areas]);

  // After "Show more services", the first card it added takes focus (WCAG 2.4.3).
  const focusFrom = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (focusFrom.current === undefined || !results || results.shown.length <= focusFrom.current) return;
    const heading = document.getElementById(`service-${results.shown[focusFrom.current]!.id}`);
    focusFrom.current = undefined;
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
  }, [results]);

  // The URL reflects the search (replaceState: no new history entry per keystroke).
  useEffect(() => {
    const params = toSearchParams(query).toString();
    history.replaceState(history.state, '', params ? `?${params}` : location.pathname);
  }, [query]);

  // The languages services work in, each named in its own language ("Cymraeg", "العربية").
  const languages = (load.state === 'ready' ? load.index.languages : []).map(
    (tag) => [tag, new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag] as const,
  );
  const total = results?.total ?? 0;
  const count = plural(text.results, locale, total);
  const set = (change: Partial<Query>) => {
    setLimit(pageSize);
    setQuery((current) => ({ ...current, ...change }));
  };
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
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is newer than the phones we support; role="search" on the form is the same landmark. */}
      <form role="search" onSubmit={(event) => event.preventDefault()}>
        <div class="field">
          <label for="search-text">{text.text}</label>
          <p class="hint" id="search-text-hint">
            {text.textHint}
          </p>
          <input
            id="search-text"
            type="search"
            autocomplete="off"
            aria-describedby="search-text-hint"
            value={query.text}
            onInput={(event) => set({ text: event.currentTarget.value })}
          />
        </div>
        <AreaPicker
          id="search-area"
          locale={locale}
          text={areaText}
          areas={areas}
          chosen={chosenArea}
          onChoose={(area) => set({ area: area?.id })}
          onFirstUse={loadAreas}
        />
        {chosenArea && <p class="hint">{fill(text.areaChosen, { area: chosenArea.name })}</p>}
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
        <button type="button" class="button button--secondary" onClick={() => set(emptyQuery)}>
          {text.clear}
        </button>
      </form>
      <p class="directory-search__count" role="status">
        {load.state === 'failed' ? text.failed : results ? count : text.loading}
      </p>
      {results && results.total === 0 && (
        <div class="notice">
          <p>{text.none}</p>
          <HelplineLinks helplines={helplines} />
        </div>
      )}
      <ul class="service-list">
        {results?.shown.map((entry) => (
          <li key={entry.id}>
            <ServiceCard entry={entry} labels={labels} now={now} />
          </li>
        ))}
      </ul>
      {results && results.shown.length < results.total && (
        <button
          type="button"
          class="button button--secondary"
          onClick={() => {
            // The button may vanish (no more to show): focus goes to the first new card instead of the page body.
            focusFrom.current = results.shown.length;
            setLimit((current) => current + pageSize);
          }}
        >
          {text.more}
        </button>
      )}
    </section>
  );
}
