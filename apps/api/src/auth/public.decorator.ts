import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'trp:isPublic';

/** Opens a route to anonymous callers. Every other route requires authentication (deny by default). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
