/** The order services are listed in: by name, in the page's language. */
export interface Named {
  service: { name: { en: string } & Record<string, string> };
}

export const byName = (locale: string) => (a: Named, b: Named) =>
  (a.service.name[locale] ?? a.service.name.en).localeCompare(b.service.name[locale] ?? b.service.name.en, locale);
