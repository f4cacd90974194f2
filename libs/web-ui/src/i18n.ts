// Secondary entry point `@trp/web-ui/i18n`: the page's language and the emotion words in it, for pages and data code
// that must not pull the exercise form (and its Material modules) into their bundle.
export * from './lib/i18n/page-locale';
export * from './lib/exercise-form/emotion-labels';
