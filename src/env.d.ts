/// <reference types="astro/client" />

declare namespace App {
  /** Set by src/middleware.ts for every route (src/i18n/astro.ts, RouteLocale). */
  interface Locals {
    locale: import('./i18n/locales.ts').Locale;
    t: import('./i18n/translator.ts').Translate;
  }
}
