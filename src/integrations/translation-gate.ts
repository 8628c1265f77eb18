/**
 * An Astro integration that stops the build when a locale is incomplete: a UI string missing,
 * extra, without a plural form its language needs, with different slots, or still in English;
 * or an English page neither translated nor listed in the locale's untranslatedPages. It prints
 * each locale's coverage, so every build shows what is still English.
 */
import type { AstroIntegration } from 'astro';
import { locales } from '../i18n/locales.ts';
import { coverageTable, localeCompleteness } from '../i18n/completeness.ts';

export function translationGateIntegration(): AstroIntegration {
  return {
    name: 'waypoint:translation-gate',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const reports = locales.map((locale) => localeCompleteness(process.cwd(), locale));
        logger.info(`Translation coverage:\n${coverageTable(reports)}`);
        const problems = reports.flatMap((report) => report.problems);
        if (problems.length > 0) throw new Error(`Translations are incomplete (${problems.length}):\n  ${problems.join('\n  ')}`);
      },
    },
  };
}
