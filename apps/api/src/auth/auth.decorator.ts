import { createParamDecorator, ExecutionContext, InternalServerErrorException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AuthContext } from './auth-context';

/** The caller of an authenticated route, as `AuthContext` (narrow on `kind`). */
export const Auth = createParamDecorator((_data: unknown, context: ExecutionContext): AuthContext => {
  const auth = context.switchToHttp().getRequest<FastifyRequest>().auth;
  // Only a @Public() route can get here without one: a programming error, not the caller's.
  if (!auth) throw new InternalServerErrorException('No authenticated caller on this route.');
  return auth;
});
