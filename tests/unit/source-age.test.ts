/** How old a service's facts are, and when a card must say so beside the number. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { isStale, sourceDateText } from '../../src/directory/source-age.ts';
import { distDir } from '../support/site.ts';

const day = (date: string) => Date.parse(`${date}T12:00:00Z`);

test('a source is stale once more than 3 years have passed since the last day its date can mean', () => {
  expect(isStale('2023-11-27', day('2026-11-28'))).toBe(true);
  expect(isStale('2023-11-29', day('2026-11-28'))).toBe(false);
  // "2023" could mean 31 December 2023; "2023-11" could mean 30 November 2023.
  expect(isStale('2023', day('2026-11-28'))).toBe(false);
  expect(isStale('2023', day('2027-01-02'))).toBe(true);
  expect(isStale('2023-11', day('2026-11-28'))).toBe(false);
  expect(isStale('2023-11', day('2026-12-02'))).toBe(true);
});

test('dates are written as precisely as the source gave them, in the page’s language', () => {
  expect(sourceDateText('2021-05-28', 'en-GB')).toBe('28 May 2021');
  expect(sourceDateText('2021-05', 'en-GB')).toBe('May 2021');
  expect(sourceDateText('2021', 'en-GB')).toBe('2021');
  expect(sourceDateText('2021-05', 'cy-GB')).toMatch(/Mai 2021/);
});

test('built cards name the organisation, say how old the sources are, and warn beside an old number', () => {
  const pets = parseHTML(readFileSync(join(distDir, 'en/directory/need/pets/index.html'), 'utf8')).document;
  const dogs = pets.querySelector('#service-dogs-trust-freedom')?.closest('article');
  expect(dogs?.querySelector('.service-card__org')?.textContent).toBe('Dogs Trust');
  // The national helpline's newest source is from 2021: its number carries the warning.
  const { document } = parseHTML(readFileSync(join(distDir, 'en/directory/need/helpline/index.html'), 'utf8'));
  expect(document.querySelector('#service-ndah-refuge')?.closest('article')?.querySelector('.service-card__stale')).not.toBeNull();
  const cards = [...document.querySelectorAll('article.service-card')];
  expect(cards.length).toBeGreaterThan(3);
  for (const card of cards) {
    const checked = card.querySelector('.service-card__checked')?.textContent ?? '';
    expect(checked).toMatch(/Newest source dated .+\. We checked it on .+\./);
    const stale = card.querySelector('.service-card__stale');
    if (stale) {
      // The warning sits with the numbers it is about, before them.
      expect(stale.nextElementSibling?.classList.contains('service-card__phones')).toBe(true);
      expect(card.querySelector('.service-card__checked--old')).not.toBeNull();
    }
  }
  expect(document.querySelectorAll('.service-card__stale').length).toBeGreaterThan(0);
});
