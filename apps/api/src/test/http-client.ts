/* eslint-disable @typescript-eslint/no-explicit-any -- response bodies are whatever the route answers; tests assert on their shape. */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

export interface TestResponse<T = any> {
  readonly status: number;
  readonly body: T;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly text: string;
}

export interface RequestOptions {
  readonly headers?: Record<string, string>;
  /** Do not echo the XSRF-TOKEN cookie (to test the CSRF defence). */
  readonly withoutCsrf?: boolean;
  /** A raw payload sent as is (e.g. invalid JSON). */
  readonly rawBody?: string;
}

/**
 * A browser-like client over `app.inject`: keeps cookies, and echoes the readable XSRF-TOKEN cookie
 * as X-XSRF-TOKEN on state-changing requests, as Angular's HttpClient does.
 */
export class TestClient {
  readonly cookies = new Map<string, string>();

  constructor(private readonly app: NestFastifyApplication) {}

  get<T = any>(url: string, options?: RequestOptions) {
    return this.request<T>('GET', url, undefined, options);
  }
  post<T = any>(url: string, body?: unknown, options?: RequestOptions) {
    return this.request<T>('POST', url, body, options);
  }
  put<T = any>(url: string, body?: unknown, options?: RequestOptions) {
    return this.request<T>('PUT', url, body, options);
  }
  patch<T = any>(url: string, body?: unknown, options?: RequestOptions) {
    return this.request<T>('PATCH', url, body, options);
  }
  delete<T = any>(url: string, options?: RequestOptions) {
    return this.request<T>('DELETE', url, undefined, options);
  }

  async request<T = any>(method: string, url: string, body?: unknown, options: RequestOptions = {}): Promise<TestResponse<T>> {
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    if (this.cookies.size) headers['cookie'] = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const xsrf = this.cookies.get('XSRF-TOKEN');
    if (xsrf && method !== 'GET' && !options.withoutCsrf) headers['x-xsrf-token'] = decodeURIComponent(xsrf);
    let payload: string | undefined;
    if (options.rawBody !== undefined) {
      payload = options.rawBody;
      headers['content-type'] ??= 'application/json';
    } else if (body !== undefined) {
      payload = JSON.stringify(body);
      headers['content-type'] = 'application/json';
    }
    const response = await this.app.inject({ method: method as 'GET', url, headers, payload });
    this.storeCookies(response.headers['set-cookie']);
    let parsed: unknown = undefined;
    try {
      parsed = response.body ? JSON.parse(response.body) : undefined;
    } catch {
      parsed = undefined;
    }
    return { status: response.statusCode, body: parsed as T, headers: response.headers as TestResponse['headers'], text: response.body };
  }

  private storeCookies(setCookie: string | string[] | undefined): void {
    for (const line of ([] as string[]).concat(setCookie ?? [])) {
      const [pair = '', ...attributes] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=Thu, 01 Jan 1970/i.test(a));
      if (!value || expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}
