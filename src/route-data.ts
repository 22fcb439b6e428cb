/**
 * Starlight's route middleware (astro.config.mjs, `routeMiddleware`): every page's "Conferido com a solução 9100
 * em …" is the day the step catalogue was last compared with the article, so the date lives once, beside the
 * steps, and a change of the article changes the steps and their date together.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { STEPS_CHECKED_ON } from './lib/catalogue/steps.ts';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	// The 404 page speaks of no article.
	if (route.entry.id !== '404') route.lastUpdated = new Date(STEPS_CHECKED_ON);
});
