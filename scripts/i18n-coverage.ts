/**
 * `npm run i18n:coverage`: per locale, the share of UI keys and of pages translated (not shown
 * in English), and the pages still falling back. Exit code 1 if any locale has a problem the
 * build would stop on.
 */
import { locales } from '../src/i18n/locales.ts';
import { coverageTable, localeCompleteness } from '../src/i18n/completeness.ts';

const reports = locales.map((locale) => localeCompleteness(process.cwd(), locale));
console.log(coverageTable(reports));
const problems = reports.flatMap((report) => report.problems);
for (const problem of problems) console.log(`problem: ${problem}`);
process.exit(problems.length > 0 ? 1 : 0);
