import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/public.decorator';
import { HealthService } from './health.service';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Public()
  @Get()
  @ApiOkResponse({ description: '`{ status: "ok", db: "up" }`' })
  @ApiServiceUnavailableResponse({ description: '`{ status: "error", db: "down" }` when the database does not answer' })
  async check(@Res({ passthrough: true }) reply: FastifyReply) {
    const dbUp = await this.health.databaseUp();
    if (dbUp) return { status: 'ok', db: 'up' };
    reply.status(503);
    return { statusCode: 503, status: 'error', db: 'down', message: 'The database does not answer.', error: 'Service Unavailable' };
  }
}
