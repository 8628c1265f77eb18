/**
 * Resolves the route's locale and translator once, before any page or component renders
 * (at build time for the static pages): they read `Astro.locals.locale` and `Astro.locals.t`.
 */
import { defineMiddleware } from 'astro:middleware';
import { routeLocale } from './i18n/astro.ts';

export const onRequest = defineMiddleware((context, next) => {
  Object.assign(context.locals, routeLocale(context.currentLocale));
  return next();
});
