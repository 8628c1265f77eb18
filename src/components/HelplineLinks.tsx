/** The national helplines as tap-to-call links, for islands that must show them when nothing else can help. */
import { telHref } from './tel-link.ts';

export interface Helpline {
  /** The nation it serves, in the reader's language: a nation's line is never shown without it. */
  nation: string;
  name: string;
  number: string;
}

export default function HelplineLinks({ helplines }: { helplines: Helpline[] }) {
  return (
    <ul>
      {helplines.map((helpline) => (
        <li>
          {helpline.nation}: <span lang="en">{helpline.name}</span>{' '}
          <a class="tel" href={telHref(helpline.number)} dir="ltr">
            {helpline.number}
          </a>
        </li>
      ))}
    </ul>
  );
}
