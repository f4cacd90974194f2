// The exercise form renderer: the whole form, and one component per field type.
export * from './lib/exercise-form/exercise-form';
export * from './lib/exercise-form/exercise-form.types';
export * from './lib/exercise-form/fields/choice-field/choice-field';
export * from './lib/exercise-form/fields/emotions-field/emotions-field';
export * from './lib/exercise-form/fields/feelings-table-field/feelings-table-field';
export * from './lib/exercise-form/fields/i-statement-field/i-statement-field';
export * from './lib/exercise-form/fields/list-field/list-field';
export * from './lib/exercise-form/fields/long-text-field/long-text-field';
export * from './lib/exercise-form/fields/scale-field/scale-field';
export * from './lib/exercise-form/fields/short-text-field/short-text-field';

// The language of this copy of the app (exercise content and answer checks in the browser follow it).
export * from './lib/i18n/page-locale';

// The emotion words in the page's language.
export * from './lib/exercise-form/emotion-labels';

// The icon names the app's subset icon font contains.
export * from './lib/icon/icon-names';

// The app's one date format (styles date, dateTime, relative) in the app's locale.
export * from './lib/date/date.pipe';
export * from './lib/date/format-date';

// A hand-drawn SVG line chart of change over time (two partners and the gap between them), with a table alternative.
export * from './lib/trend-chart/trend-chart';
export * from './lib/trend-chart/trend-chart.model';
