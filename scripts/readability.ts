/**
 * `node scripts/readability.ts content/pages/en/*.md`: the reading age of each page, hardest
 * first, so a writer can see which to simplify. The hub pages must stay at 11 or under
 * (tests/unit/readability.test.ts).
 */
import { readFileSync } from 'node:fs';
import { readability } from '../src/content-checks/readability.ts';

const rows = process.argv.slice(2).map((file) => ({ file, ...readability(readFileSync(file, 'utf8')) }));
rows.sort((a, b) => b.readingAge - a.readingAge);
console.log('reading age  grade  words  sentences  page');
for (const row of rows)
  console.log(
    `${row.readingAge.toFixed(1).padStart(11)}  ${row.grade.toFixed(1).padStart(5)}  ${String(row.words).padStart(5)}  ${String(row.sentences).padStart(9)}  ${row.file}`,
  );
