import compress from '@fastify/compress';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { constants } from 'node:zlib';

/** Below this an answer goes as it is: compressing a small JSON body costs more than it saves on any network. */
export const COMPRESS_THRESHOLD_BYTES = 1024;

/**
 * API answers above 1 KB leave brotli- or gzip-compressed for clients that accept it (a list of assignments on a slow
 * phone network is most of a portal page's wait). Brotli at quality 4 costs about what gzip does on the CPU and is
 * smaller; the web app's files are not touched here: they are sent from the `.br`/`.gz` copies the build writes.
 */
export async function registerApiCompression(app: NestFastifyApplication): Promise<void> {
  await app.register(compress, {
    global: true,
    threshold: COMPRESS_THRESHOLD_BYTES,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
    zlibOptions: { level: 6 },
    // Only JSON and the exports' HTML and CSV: what the API writes. Static files keep their precompressed copies.
    customTypes: /^(application\/json|text\/html|text\/csv)/,
  });
}
