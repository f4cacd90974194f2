import { Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Locale } from '@trp/contracts';
import { PublicWithToken } from '../auth/public.decorator';
import { requestLocale } from '../common/locale/request-locale';
import { RemindersService } from './reminders.service';

interface PageWords {
  readonly title: string;
  readonly body: string;
}

/** The pages' words: in the partner's language when the token is ours, else in the reader's (cookie, Accept-Language). */
const WORDS: Record<Locale, { unknown: PageWords; confirm: PageWords & { button: string }; done: PageWords }> = {
  en: {
    unknown: { title: 'This address does not work', body: 'The address may be incomplete. You can also turn reminders off in your space.' },
    confirm: { title: 'Stop reminder emails?', body: 'You will no longer get reminder emails. You can turn them on again in your space.', button: 'Stop reminders' },
    done: { title: 'Reminders are off', body: 'You will no longer get reminder emails. You can turn them on again in your space.' },
  },
  es: {
    unknown: { title: 'Esta dirección no funciona', body: 'Puede que la dirección esté incompleta. También puedes desactivar los recordatorios en tu espacio.' },
    confirm: { title: '¿Dejar de recibir recordatorios?', body: 'Ya no recibirás correos de recordatorio. Puedes volver a activarlos en tu espacio.', button: 'Dejar de recibirlos' },
    done: { title: 'Recordatorios desactivados', body: 'Ya no recibirás correos de recordatorio. Puedes volver a activarlos en tu espacio.' },
  },
};

function page(locale: Locale, words: PageWords, form?: string): string {
  return [
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta name="robots" content="noindex"><title>${words.title}</title></head><body><main>`,
    `<h1>${words.title}</h1><p>${words.body}</p>`,
    form ?? '',
    '</main></body></html>',
  ].join('');
}

/**
 * One-click unsubscribe from reminders (RFC 8058): the address in `List-Unsubscribe`. GET shows a confirmation with
 * a button and changes nothing (link scanners open it); POST — from the mail client, or that button — turns the
 * partner's reminders off. The token in the address is the authorisation (it can do nothing else).
 */
@ApiTags('mail')
@Controller('mail/unsubscribe')
export class UnsubscribeController {
  constructor(private readonly reminders: RemindersService) {}

  @Get()
  @PublicWithToken()
  @ApiOperation({ summary: 'Confirmation page for stopping reminder emails (changes nothing)' })
  @ApiQuery({ name: 'token', required: true })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'An HTML page with a button that POSTs to the same address.' })
  async confirm(@Query('token') token: string | undefined, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    void reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
    const locale = token ? await this.reminders.localeOf(String(token)) : undefined;
    if (!locale) return unknownAddress(request, reply);
    const action = `?token=${encodeURIComponent(String(token))}`;
    const words = WORDS[locale].confirm;
    return page(locale, words, `<form method="post" action="${action}"><button type="submit">${words.button}</button></form>`);
  }

  @Post()
  @HttpCode(200)
  @PublicWithToken()
  @ApiOperation({ summary: "One-click unsubscribe (RFC 8058): turns the partner's reminder emails off" })
  @ApiQuery({ name: 'token', required: true })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'Reminders are off.' })
  async unsubscribe(@Query('token') token: string | undefined, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    void reply.type('text/html; charset=utf-8').header('cache-control', 'no-store');
    const locale = token ? await this.reminders.unsubscribe(String(token)) : undefined;
    if (!locale) return unknownAddress(request, reply);
    return page(locale, WORDS[locale].done);
  }
}

function unknownAddress(request: FastifyRequest, reply: FastifyReply): string {
  const locale = requestLocale(request);
  void reply.status(404);
  return page(locale, WORDS[locale].unknown);
}
