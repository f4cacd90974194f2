/** A JSON object as `JSON.parse` makes it (or a null-prototype one): not an array, a box, a Date… */
export function isPlainObject(
  value: unknown,
): value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return false;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** The object's own property (never one inherited, such as `constructor` or `__proto__`). */
export function ownValue(
  object: Readonly<Record<string, unknown>>,
  key: string,
): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

const KEY_MAX = 40;

/** A key from the input as it may appear in an error path: bounded in length. */
export function pathKey(key: string): string {
  return key.length > KEY_MAX ? `${key.slice(0, KEY_MAX)}…` : key;
}
