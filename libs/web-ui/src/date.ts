// Secondary entry point `@trp/web-ui/date`: the date format alone, for pages that must not pull the exercise form
// (and its Material modules) into their bundle, e.g. the portal's first screen.
export * from './lib/date/date.pipe';
export * from './lib/date/format-date';
