import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@trp/contracts';
import { requestLocale } from '../common/locale/request-locale';

/**
 * A file of the Angular build whose name carries its content hash (`main-ZLUFEKGD.js`, `chunk-B-8fInZA.js`,
 * `media/roboto-latin-400-normal-LOX3CHMS.woff2`), or its precompressed copy (`….js.br`, `….js.gz`).
 */
const HASHED_FILE = /-[\w-]{8,}\.(?:js|css|woff2?)(?:\.(?:br|gz))?$/;

/** Partner-portal pages: answered with portal.html (the portal's own build, no staff code) when the build made one. */
const PORTAL_PAGE = /^\/(?:i|portal)(?:[/?#]|$)/;

/** Cache policy of a served file: hashed files never change; everything else (index.html…) is revalidated. */
export function cacheControlFor(path: string): string {
  return HASHED_FILE.test(basename(path)) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Where each language's pages are. A production build is translated at build time (Angular i18n: one copy of the
 * app per locale, `en/` and `es/` below the build folder, whose pages load their files from `/<locale>/…`, see
 * apps/web/scripts/localize-pages.mjs); a development build has one untranslated copy at the top, answered for every
 * locale.
 */
interface WebLayout {
  readonly pages: Readonly<Record<Locale, string>>;
  /** Where static files are looked up, in order (a localized build: the top, so `/es/…` is found, then English). */
  readonly roots: readonly string[];
}

function webLayout(webDistDir: string): WebLayout | undefined {
  if (LOCALES.every((locale) => existsSync(join(webDistDir, locale, 'index.html')))) {
    const pages = Object.fromEntries(LOCALES.map((locale) => [locale, join(webDistDir, locale)])) as Record<Locale, string>;
    return { pages, roots: [webDistDir, pages[DEFAULT_LOCALE]] };
  }
  if (!existsSync(join(webDistDir, 'index.html'))) return undefined;
  return { pages: Object.fromEntries(LOCALES.map((locale) => [locale, webDistDir])) as Record<Locale, string>, roots: [webDistDir] };
}

/**
 * Serves the built Angular app from the API process (one process, one port).
 * Text assets are sent precompressed (the `.br` / `.gz` files `nx build web` writes beside them) to clients that
 * accept it, with `Vary: Accept-Encoding`; API responses are not compressed.
 * Answers a predicate for the 404 handler: unknown non-API GETs get index.html (SPA fallback), or for the partner
 * portal's pages portal.html: `nx build web` also builds the portal on its own (apps/web/src/portal-main.ts) into
 * the same folder, so a partner's phone loads no staff code.
 * Pages come in the reader's language (the locale cookie, else `Accept-Language`: `requestLocale`), so the first
 * paint is already in it and `<html lang>` is right.
 */
export async function serveWebApp(
  app: NestFastifyApplication,
  webDistDir: string | undefined,
): Promise<((request: FastifyRequest, reply: FastifyReply) => boolean) | undefined> {
  const layout = webDistDir ? webLayout(webDistDir) : undefined;
  if (!layout) return undefined;
  const portalPage = existsSync(join(layout.pages[DEFAULT_LOCALE], 'portal.html')) ? 'portal.html' : 'index.html';
  // Loaded only when there is a web app to serve.
  const { default: fastifyStatic } = await import('@fastify/static');
  await app.register(fastifyStatic, {
    root: [...layout.roots],
    prefix: '/',
    wildcard: false,
    index: false,
    preCompressed: true,
    setHeaders: (res, path) => {
      void res.header('cache-control', cacheControlFor(path));
    },
  });
  return (request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/api/') && request.url !== '/api';
    const wantsHtml = (request.headers.accept ?? '').includes('text/html') || !request.headers.accept;
    if (!isPage || !wantsHtml || /\.[a-z0-9]{2,5}$/i.test(request.url.split('?')[0] ?? '')) return false;
    const locale = requestLocale(request);
    void reply
      .header('cache-control', 'no-cache')
      .header('vary', 'Accept-Language, Cookie')
      .header('content-language', locale)
      .type('text/html')
      .sendFile(PORTAL_PAGE.test(request.url) ? portalPage : 'index.html', layout.pages[locale]);
    return true;
  };
}
