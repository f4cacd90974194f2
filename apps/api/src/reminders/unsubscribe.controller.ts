import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { PublicWithToken } from '../auth/public.decorator';
import { RemindersService } from './reminders.service';

function page(title: string, body: string, form?: string): string {
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="robots" content="noindex"><title>${title}</title></head><body><main>`,
    `<h1>${title}</h1><p>${body}</p>`,
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
  async confirm(@Query('token') token: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    void reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').header('referrer-policy', 'no-referrer');
    if (!token || !(await this.reminders.knows(String(token)))) {
      void reply.status(404);
      return page('This address does not work', 'The address may be incomplete. You can also turn reminders off in your space.');
    }
    const action = `?token=${encodeURIComponent(String(token))}`;
    return page('Stop reminder emails?', 'You will no longer get reminder emails. You can turn them on again in your space.', `<form method="post" action="${action}"><button type="submit">Stop reminders</button></form>`);
  }

  @Post()
  @HttpCode(200)
  @PublicWithToken()
  @ApiOperation({ summary: "One-click unsubscribe (RFC 8058): turns the partner's reminder emails off" })
  @ApiQuery({ name: 'token', required: true })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'Reminders are off.' })
  async unsubscribe(@Query('token') token: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    void reply.type('text/html; charset=utf-8').header('cache-control', 'no-store');
    if (!token || !(await this.reminders.unsubscribe(String(token)))) {
      void reply.status(404);
      return page('This address does not work', 'The address may be incomplete. You can also turn reminders off in your space.');
    }
    return page('Reminders are off', 'You will no longer get reminder emails. You can turn them on again in your space.');
  }
}
