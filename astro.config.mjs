// @ts-check
import { defineConfig } from 'astro/config';
import preact from '@astrojs/preact';
import { locales, defaultLocale } from './src/i18n/locales.ts';
import { securityHeadersIntegration } from './src/integrations/security-headers.ts';
import { precompressIntegration } from './src/integrations/precompress.ts';
import { serverDataIntegration } from './src/integrations/server-data.ts';
import { translationGateIntegration } from './src/integrations/translation-gate.ts';

export default defineConfig({
  output: 'static',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // The CSP allows stylesheets from this site only, never inline <style>.
    inlineStylesheets: 'never',
  },
  i18n: {
    locales: locales.map((locale) => locale.code),
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [translationGateIntegration(), preact({ compat: true }), securityHeadersIntegration(), serverDataIntegration(), precompressIntegration()],
  devToolbar: { enabled: false },
  // Formik's CommonJS build loads real React unless Vite bundles it (through preact/compat) for prerendering.
  vite: { environments: { prerender: { resolve: { noExternal: ['formik'] } } } },
});
