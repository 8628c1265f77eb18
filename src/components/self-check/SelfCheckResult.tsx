/**
 * What the self-check's answers mean, and what to do next. Rendered by the island after
 * scoring in the page, and at build into the server's result template (every band there,
 * hidden; the server shows the one that applies). Nothing from the answers is repeated.
 */
import type { Band, SelfCheckText } from '../../self-check/schema.ts';

interface Props {
  text: SelfCheckText;
  locale: string;
  /** One band (the island), or every band hidden for the server to choose from (undefined). */
  band?: Band;
  children?: boolean;
  headingRef?: { current: HTMLHeadingElement | null };
}

export default function SelfCheckResult({ text, locale, band, children, headingRef }: Props) {
  const bands = band ? [band] : (Object.keys(text.bands) as Band[]);
  return (
    <section class="self-check-result" aria-labelledby="self-check-result">
      <h2 id="self-check-result" {...(headingRef ? { ref: headingRef } : {})} tabIndex={-1}>
        {text.resultTitle}
      </h2>
      {bands.map((id) => (
        <div class={`band band--${id}`} data-band={id} hidden={band ? undefined : true}>
          <h3>{text.bands[id].title}</h3>
          {text.bands[id].body.map((paragraph) => (
            <p>{paragraph}</p>
          ))}
        </div>
      ))}
      {(children || !band) && (
        <p class="notice" data-note="children" hidden={band ? undefined : true}>
          {text.childrenNote}
        </p>
      )}
      <h3>{text.next}</h3>
      {text.nextBody.map((paragraph) => (
        <p>{paragraph}</p>
      ))}
      <ul>
        {text.nextLinks.map((link) => (
          <li>
            <a href={`/${locale}/${link.slug}/`}>{link.text}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
