/**
 * A browser-like client of the app API for tests: keeps cookies (session and CSRF), sends the
 * CSRF header on writes, and returns status, headers and parsed body.
 */
export interface AppResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export class AppClient {
  private readonly cookies = new Map<string, string>();
  /** Send the CSRF header on writes (tests of the CSRF check turn it off). */
  csrf = true;

  constructor(readonly baseUrl: string) {}

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  private remember(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      const expired = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=Thu, 01 Jan 1970/i.test(a));
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async raw(method: string, path: string, init: { body?: BodyInit; headers?: Record<string, string> } = {}): Promise<Response> {
    const headers: Record<string, string> = { ...init.headers };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (this.csrf && method !== 'GET' && method !== 'HEAD' && this.cookies.has('klappe_csrf')) headers['x-csrf-token'] = this.cookies.get('klappe_csrf')!;
    const res = await fetch(this.baseUrl + path, { method, headers, body: init.body, redirect: 'manual' });
    this.remember(res);
    return res;
  }

  async call<T = any>(method: string, path: string, json?: unknown): Promise<AppResponse<T>> {
    if (method !== 'GET' && !this.cookies.has('klappe_csrf')) await this.raw('GET', '/app/api/csrf');
    const res = await this.raw(method, `/app/api${path}`, json === undefined ? {} : { body: JSON.stringify(json), headers: { 'content-type': 'application/json' } });
    const text = await res.text();
    let body: any = text;
    if ((res.headers.get('content-type') ?? '').includes('json') && text) body = JSON.parse(text);
    return { status: res.status, headers: res.headers, body: body as T };
  }

  get<T = any>(path: string) {
    return this.call<T>('GET', path);
  }
  post<T = any>(path: string, json: unknown = {}) {
    return this.call<T>('POST', path, json);
  }
  patch<T = any>(path: string, json: unknown) {
    return this.call<T>('PATCH', path, json);
  }
  delete<T = any>(path: string) {
    return this.call<T>('DELETE', path);
  }

  async upload<T = any>(path: string, field: string, bytes: Uint8Array, filename: string, type: string): Promise<AppResponse<T>> {
    if (!this.cookies.has('klappe_csrf')) await this.raw('GET', '/app/api/csrf');
    const form = new FormData();
    form.append(field, new Blob([new Uint8Array(bytes)], { type }), filename);
    const res = await this.raw('POST', `/app/api${path}`, { body: form });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: (text && (res.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text) as T };
  }

  /** Sign up (and so in) as a new account. */
  async signUp(username: string, password = 'a long enough password', displayName?: string): Promise<AppResponse> {
    const r = await this.post('/auth/signup', { username, password, ...(displayName ? { displayName } : {}) });
    if (r.status !== 200) throw new Error(`sign-up of ${username} failed: ${r.status} ${JSON.stringify(r.body)}`);
    return r;
  }
}
