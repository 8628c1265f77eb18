/**
 * One service, as a person needs to see it: what it offers, who it is for, how to contact
 * it safely, and how old the details are. A Preact component so that the static browse
 * pages (rendered at build, no JavaScript) and the search island show exactly the same card.
 */
import type { DirectoryEntry, LocalText } from '../../directory/entry.ts';
import type { CardLabels } from '../../directory/card-labels.ts';
import { telHref } from '../tel-link.ts';
import { isStale, sourceDateText } from '../../directory/source-age.ts';

interface Props {
  entry: DirectoryEntry;
  labels: CardLabels;
  /** When the card is shown: a check more than a year before this is flagged. */
  now: number;
  /** The card's heading level: 2 in lists of services, 3 inside a page's "Who can help" section. */
  headingLevel?: 2 | 3;
}

/**
 * Text in another language than the page (English beside Arabic, say) is isolated: <bdi> keeps
 * its words and punctuation in their own order inside right-to-left text.
 */
function Text({ value }: { value: LocalText }) {
  return value.lang ? <bdi lang={value.lang}>{value.text}</bdi> : value.text;
}

/** Fills a translated sentence's {date} and {checked} slots with <time> elements, where the language puts them. */
function withDates(template: string, dates: Record<string, string>) {
  return template.split(/(\{\w+\})/).map((part) => {
    const slot = /^\{(\w+)\}$/.exec(part)?.[1];
    return slot && dates[slot] !== undefined ? <time>{dates[slot]}</time> : part;
  });
}

export default function ServiceCard({ entry, labels, now, headingLevel = 2 }: Props) {
  const checked = new Date(`${entry.checked}T00:00:00Z`);
  const stale = isStale(entry.sourceDate, now);
  const checkedText = new Intl.DateTimeFormat(labels.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(checked);
  // Who runs it, beside what it is called, unless the service's name already says so.
  const showOrganization = !entry.name.text.toLowerCase().includes(entry.organization.toLowerCase());
  const places = entry.ukWide ? [labels.nation.uk] : [...entry.nations.map((nation) => labels.nation[nation]), ...entry.places];
  const headingId = `service-${entry.id}`;
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <article class="service-card" aria-labelledby={headingId}>
      <Heading id={headingId} class="service-card__name">
        {/* Latin-script names in a right-to-left page keep their own order ("Galop (LGBT+)"). */}
        {showOrganization && (
          <>
            <bdi class="service-card__org" lang="en">
              {entry.organization}
            </bdi>
            {' — '}
          </>
        )}
        <bdi lang={entry.name.lang}>{entry.name.text}</bdi>
      </Heading>
      {entry.byAndFor && <p class="tag tag--by-and-for">{labels.byAndFor}</p>}
      <dl class="service-card__facts">
        <dt>{labels.offers}</dt>
        <dd>
          <Text value={entry.description} />
          <ul class="tags">
            {entry.needs.map((need) => (
              <li class="tag">{labels.need[need]}</li>
            ))}
          </ul>
        </dd>
        {(entry.eligibility || entry.communities.length > 0) && (
          <>
            <dt>{labels.for}</dt>
            <dd>
              {entry.eligibility && <Text value={entry.eligibility} />}
              {entry.communities.length > 0 && (
                <ul class="tags">
                  {entry.communities.map((community) => (
                    <li class="tag">{labels.community[community]}</li>
                  ))}
                </ul>
              )}
            </dd>
          </>
        )}
        <dt>{labels.covers}</dt>
        <dd>
          {places.map((place, index) => (
            <>
              {index > 0 && ', '}
              <bdi>{place}</bdi>
            </>
          ))}
        </dd>
        <dt>{labels.contact}</dt>
        <dd>
          {entry.phones.length > 0 && stale && <p class="service-card__stale">{labels.staleNumber}</p>}
          {entry.phones.length > 0 && (
            <ul class="service-card__phones">
              {entry.phones.map((phone) => (
                <li>
                  <a class="tel contact__number" href={telHref(phone.number)} dir="ltr">
                    {phone.number}
                  </a>
                  {phone.text && <span class="tag">{labels.text}</span>}
                  {phone.bsl && <span class="tag">{labels.bsl}</span>}
                  {phone.description && (
                    <>
                      {' '}
                      <Text value={phone.description} />
                    </>
                  )}
                  <br />
                  <span class="hint">{phone.hours === '24/7' ? labels.hours247 : labels.hoursCheck}</span>
                </li>
              ))}
            </ul>
          )}
          {entry.unverified && <p class="hint">{labels.websiteOnly}</p>}
          {entry.url && (
            <p>
              {/* The label reads in the page's direction; only the address is left-to-right. */}
              <a href={entry.url} rel="noreferrer">
                {labels.website}: <bdi dir="ltr">{entry.url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')}</bdi>
              </a>
            </p>
          )}
          {entry.refuge && <p class="hint">{labels.confidential}</p>}
        </dd>
      </dl>
      <p class={stale ? 'service-card__checked service-card__checked--old' : 'service-card__checked'}>
        {withDates(labels.sourceDated, { date: sourceDateText(entry.sourceDate, labels.locale), checked: checkedText })}
      </p>
      {/* One Tab stop for all of a card's sources: seven "refuge.org.uk" links each in the Tab
          order made the directory 219 stops long. Opened, each is still a link. */}
      <details class="service-card__sources hint">
        <summary>
          {labels.sources} ({entry.sources.length})
        </summary>
        <ul>
          {entry.sources.map((source) => (
            <li>
              <a href={source.url} rel="noreferrer" lang="en" dir="ltr">
                {source.publisher}
              </a>
            </li>
          ))}
        </ul>
      </details>
    </article>
  );
}
