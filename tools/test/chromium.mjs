import { existsSync } from 'node:fs';

/** CHROME_PATH, then Debian's /usr/bin/chromium; undefined when neither exists. */
export function resolveChromium() {
  for (const candidate of [process.env.CHROME_PATH, '/usr/bin/chromium']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return undefined;
}
