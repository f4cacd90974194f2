const LONE_SURROGATE =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * How every text answer is stored: trimmed, without NUL characters (PostgreSQL cannot store
 * them), lone UTF-16 surrogates replaced by U+FFFD (they are not valid Unicode and break JSON
 * in the database). Applying it twice changes nothing.
 */
export function normalizeText(text: string): string {
  return text.replaceAll('\u0000', '').replace(LONE_SURROGATE, '\uFFFD').trim();
}
