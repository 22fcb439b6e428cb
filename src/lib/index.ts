/**
 * The notification logic of the site: pure TypeScript, no DOM or Astro imports.
 * Islands, outcome tables and the diagnosis all import from here.
 */
export * from './catalogue/settings.ts';
export * from './catalogue/steps.ts';
export * from './catalogue/step-text.ts';
export * from './catalogue/sample.ts';
export * from './config.ts';
export * from './rules.ts';
export * from './rule-sources.ts';
export * from './simulate.ts';
export * from './presets.ts';
export * from './explain.ts';
export * from './diagnose.ts';
export * from './url-state.ts';
