import { request as httpRequest, type IncomingMessage } from 'node:http';
import { Cookie, CookieJar } from 'tough-cookie';
import { catalog } from '../i18n/i18n.js';
import { type Form, fillForm, findForm, type Page, parsePage } from './html.js';
import { socketFor } from './transport.js';

const httpText = catalog({
  en: {
    noAnswer: (seconds: number) => `the app did not answer within ${seconds} s`,
    dropped: (why: string) => `the app dropped the connection (${why})`,
  },
  'zh-CN': {
    noAnswer: (seconds) => `应用在 ${seconds} 秒内没有应答`,
    dropped: (why) => `应用断开了连接（${why}）`,
  },
});

/**
 * Every request gets a bounded wait: a hanging app fails the check at hand instead of verify.
 * A request fails once the app has answered nobody for REQUEST_TIMEOUT_MS since it was sent,
 * and did no work for a second after that either: with several checks at once, a request can
 * queue behind other checks' password hashes (a second or more each on Werkzeug 3), and on a
 * busy machine that is not a hang. MAX_REQUEST_WAIT_MS caps the wait for an app that works forever.
 */
export const REQUEST_TIMEOUT_MS = 5_000;
export const MAX_REQUEST_WAIT_MS = 30_000;
/** How long to watch an app that answers nothing, to tell busy (its CPU time goes up) from hung. */
const BUSY_SAMPLE_MS = 1_000;
const BUSY_CPU_SECONDS = 0.05;

/** The CPU seconds the app has used so far; undefined where that cannot be read. */
export type CpuTime = () => Promise<number | undefined>;

/** When each app (by origin) last finished an answer, or was last seen working. */
const lastSignOfLife = new Map<string, number>();

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An abort signal for one request: fires once the app has neither answered anyone nor worked for a while. */
function waitFor(origin: string, cpuTime: CpuTime | undefined): { signal: AbortSignal; waited(): number; done(answered: boolean): void } {
  const controller = new AbortController();
  const sentAt = Date.now();
  let finished = false;
  let timer: NodeJS.Timeout | undefined;
  const giveUp = () => {
    if (!finished) controller.abort(new DOMException('the app did not answer', 'TimeoutError'));
  };
  const check = async () => {
    const now = Date.now();
    const quiet = now - Math.max(sentAt, lastSignOfLife.get(origin) ?? 0);
    if (now - sentAt >= MAX_REQUEST_WAIT_MS) return giveUp();
    if (quiet < REQUEST_TIMEOUT_MS) {
      timer = setTimeout(() => void check(), Math.min(REQUEST_TIMEOUT_MS - quiet, MAX_REQUEST_WAIT_MS - (now - sentAt)));
      return;
    }
    const before = await cpuTime?.();
    if (before === undefined) return giveUp();
    await delay(BUSY_SAMPLE_MS);
    if (finished) return;
    const after = await cpuTime?.();
    if (after === undefined || after - before < BUSY_CPU_SECONDS) return giveUp();
    lastSignOfLife.set(origin, Math.max(lastSignOfLife.get(origin) ?? 0, Date.now()));
    void check();
  };
  timer = setTimeout(() => void check(), REQUEST_TIMEOUT_MS);
  return {
    signal: controller.signal,
    waited: () => Date.now() - sentAt,
    done: (answered) => {
      finished = true;
      clearTimeout(timer);
      if (answered) lastSignOfLife.set(origin, Date.now());
    },
  };
}

export interface Exchange {
  method: string;
  path: string;
  sent?: URLSearchParams;
  cookiesSent: string;
  status: number;
  headers: ResponseHeaders;
  setCookies: Cookie[];
  /** The Location header resolved as a browser resolves it (WHATWG URL rules). */
  location?: URL;
  body: string;
  page(): Page;
  /** What the app printed while serving this request (serve_app.py sends it back with the answer). */
  appOutput?: string;
  /** The request a browser made next, following this redirect within the app. */
  next?: Exchange;
  /** A redirect that leaves the app: recorded and judged, never fetched. */
  offSite?: boolean;
  /** Made by following a redirect, not asked for by the check itself. */
  hop?: boolean;
  /** A check looked at this hop (follow(), landing()): its 500 is then the check's too. */
  read?: boolean;
  /** Following this redirect got no answer (the check goes on; a request it makes itself will say so). */
  hopFailed?: string;
}

/** Whether a 500 in this exchange fails the check: a request it made, or a hop it read. A crash on a page it never looked at belongs to the check of that page. */
export function countsForCheck(exchange: Exchange): boolean {
  return !exchange.hop || exchange.read === true;
}

/** The request header that tags a request with the check that made it; serve_app.py returns its output in OUTPUT_HEADER. */
export const TAG_HEADER = 'x-flash-login-tag';
const OUTPUT_HEADER = 'x-flash-login-output';
/** Statuses a browser follows. (The contract's "a redirect" is narrower: 302 or 303, see isRedirect.) */
const FOLLOWED = new Set([301, 302, 303, 307, 308]);
/** A browser gives up on a redirect loop after about twenty hops; an app of ours needs two at most. */
const MAX_HOPS = 10;
/** Room for a long traceback in OUTPUT_HEADER (Node's default limit is 16 KB of headers). */
const MAX_HEADER_BYTES = 1 << 20;
/** The most of an answer's body read: no page of a lesson's app comes near; past it, verify stops reading. */
const MAX_BODY_BYTES = 16 << 20;

export interface RequestOptions {
  /** Follow redirects within the app as a browser does (default true). */
  follow?: boolean;
}

/** The request a browser makes for a redirect: 307 and 308 repeat the request as it was; the others become a GET. */
function hopOf(exchange: Exchange): { method: string; path: string; body?: URLSearchParams } {
  const again = exchange.status === 307 || exchange.status === 308;
  return {
    method: again ? exchange.method : 'GET',
    path: exchange.location!.pathname + exchange.location!.search,
    body: again ? exchange.sent : undefined,
  };
}

/** Thrown when the app answers nothing usable: no answer in time, or the connection dropped. */
export class NoAnswerError extends Error {
  constructor(
    message: string,
    readonly method: string,
    readonly path: string,
  ) {
    super(message);
  }
}

export function isRedirect(exchange: Exchange): boolean {
  return exchange.status === 302 || exchange.status === 303;
}

/**
 * A browser-like client: one cookie jar, and every redirect within the app followed (after a
 * POST as after a GET), so a message flashed before a redirect is shown, and used up, on the
 * page after it. Each request returns its first answer, with the hops it led to in `next`.
 */
export class Client {
  readonly jar = new CookieJar();
  readonly history: Exchange[] = [];

  constructor(
    /** Where the app listens; a function so a client keeps working across a restart on a new port. */
    private readonly base: string | (() => string),
    /** Told of every exchange, so a 500 anywhere fails the check at hand. */
    private readonly onExchange: (exchange: Exchange) => void = () => {},
    /** The app's CPU time, to tell an app that is busy from one that hangs. */
    private readonly cpuTime?: CpuTime,
    /** Sent with every request (TAG_HEADER), so what the app prints serving it comes back with it. */
    private readonly tag?: string,
  ) {}

  get baseUrl(): string {
    return typeof this.base === 'string' ? this.base : this.base();
  }

  url(path: string): string {
    return new URL(path, this.baseUrl).href;
  }

  get last(): Exchange | undefined {
    return this.history.at(-1);
  }

  /**
   * The redirect this client still has to follow. A browser follows it at once; here it is
   * followed just before the client's next request, or is that request when the check asks
   * for the very page it leads to (a login's redirect to / and then GET /): the app sees the
   * same requests in the same order as from a browser, without the page fetched twice.
   */
  private owed?: Exchange;

  async request(method: string, path: string, body?: URLSearchParams, options: RequestOptions = {}): Promise<Exchange> {
    const owed = this.owed;
    this.owed = undefined;
    if (owed) {
      const next = hopOf(owed);
      if (next.method === method && next.path === path && next.body === undefined && body === undefined) {
        const exchange = await this.requestOnce(method, path, body);
        owed.next = exchange;
        if (options.follow !== false) this.owe(exchange);
        return exchange;
      }
      await this.settle(owed);
    }
    const first = await this.requestOnce(method, path, body);
    if (options.follow !== false) this.owe(first);
    return first;
  }

  /** Note a redirect to follow; one that leaves the app is recorded and judged, never fetched. */
  private owe(exchange: Exchange): void {
    if (!FOLLOWED.has(exchange.status) || !exchange.location) return;
    if (exchange.location.origin !== new URL(this.baseUrl).origin) exchange.offSite = true;
    else this.owed = exchange;
  }

  /** Follow the redirects from `from` now, hop by hop, as a browser does. */
  private async settle(from: Exchange): Promise<void> {
    if (this.owed === from) this.owed = undefined;
    let current = from;
    for (let hop = 0; hop < MAX_HOPS && !current.next && FOLLOWED.has(current.status) && current.location; hop++) {
      if (current.location.origin !== new URL(this.baseUrl).origin) {
        current.offSite = true;
        break;
      }
      const next = hopOf(current);
      try {
        current = current.next = await this.requestOnce(next.method, next.path, next.body, true);
      } catch (error) {
        if (!(error instanceof NoAnswerError)) throw error;
        current.hopFailed = error.message;
        break;
      }
    }
  }

  /** The page a browser ends on from `exchange`: its redirects followed (now, if not yet), and marked as read by the check. */
  async landing(exchange: Exchange): Promise<Exchange> {
    let current = exchange;
    for (;;) {
      if (!current.next && this.owed === current) await this.settle(current);
      if (!current.next) break;
      current = current.next;
    }
    current.read = true;
    return current;
  }

  private async requestOnce(method: string, path: string, body?: URLSearchParams, hop = false): Promise<Exchange> {
    const url = this.url(path);
    const cookiesSent = await this.jar.getCookieString(url);
    const wait = waitFor(new URL(url).origin, this.cpuTime);
    let response: RawResponse;
    try {
      response = await send(url, method, cookiesSent, body?.toString(), wait.signal, this.tag);
      wait.done(true);
    } catch (error) {
      wait.done(false);
      const reason = wait.signal.aborted
        ? httpText().noAnswer(Math.round(wait.waited() / 1000))
        : httpText().dropped((error as Error).message);
      throw new NoAnswerError(`${method} ${path}: ${reason}`, method, path);
    }
    const text = response.body;
    const setCookies: Cookie[] = [];
    for (const header of response.headers.getSetCookie()) {
      const cookie = Cookie.parse(header);
      if (cookie) setCookies.push(cookie);
      await this.jar.setCookie(header, url, { ignoreError: true });
    }
    const locationHeader = response.headers.get('location');
    const output = response.headers.get(OUTPUT_HEADER);
    let parsed: Page | undefined;
    const exchange: Exchange = {
      method,
      path: new URL(url).pathname + new URL(url).search,
      sent: body,
      cookiesSent,
      status: response.status,
      headers: response.headers,
      setCookies,
      location: locationHeader === null ? undefined : safeUrl(locationHeader, url),
      body: text,
      page: () => (parsed ??= parsePage(text)),
    };
    if (hop) exchange.hop = true;
    if (output) exchange.appOutput = Buffer.from(output, 'base64').toString('utf8');
    this.history.push(exchange);
    this.onExchange(exchange);
    return exchange;
  }

  get(path: string, options?: RequestOptions): Promise<Exchange> {
    return this.request('GET', path, undefined, options);
  }

  post(path: string, body: URLSearchParams, options?: RequestOptions): Promise<Exchange> {
    return this.request('POST', path, body, options);
  }

  /** The page a redirect led to: the hop already followed, or (after `follow: false`) fetched now, within this site. */
  async follow(exchange: Exchange): Promise<Exchange> {
    if (!exchange.next && this.owed === exchange) await this.settle(exchange);
    if (exchange.next) {
      exchange.next.read = true;
      return exchange.next;
    }
    if (!exchange.location || exchange.offSite) throw new Error(`${exchange.method} ${exchange.path} did not redirect within the app`);
    return this.get(exchange.location.pathname + exchange.location.search);
  }

  /**
   * Fetch the page that holds a form, then post it back as a browser would: to the
   * form's action, with every hidden input (a csrf_token just works) and our fields.
   * Returns undefined for the post when the page has no such form.
   */
  async submit(
    pagePath: string,
    fields: Record<string, string | boolean>,
    formNames: string[] = Object.keys(fields).filter((name) => typeof fields[name] === 'string'),
    options?: RequestOptions,
  ): Promise<{ page: Exchange; form?: Form; response?: Exchange }> {
    const page = await this.get(pagePath);
    const form = page.status === 200 ? findForm(page.page(), formNames) : undefined;
    if (!form) return { page };
    const target = form.action ? new URL(form.action, this.url(pagePath)) : new URL(this.url(pagePath));
    const response = await this.post(target.pathname + target.search, fillForm(form, fields), options);
    return { page, form, response };
  }

  async cookie(name: string): Promise<Cookie | undefined> {
    const cookies = await this.jar.getCookies(this.baseUrl);
    return cookies.find((cookie) => cookie.key === name);
  }

  async setCookie(name: string, value: string): Promise<void> {
    await this.jar.setCookie(`${name}=${value}; Path=/`, this.baseUrl);
  }
}

/**
 * An answer's headers as the app sent them: looked up by any case, repeated ones joined with
 * ", " as fetch's Headers does, and Set-Cookie kept one per header. (Node's own Headers class
 * loads the whole fetch implementation on first use, for the two lookups verify makes.)
 */
export class ResponseHeaders {
  private readonly values = new Map<string, string[]>();

  /** `raw`: node:http's rawHeaders, name and value in turn. */
  constructor(raw: string[]) {
    for (let i = 0; i + 1 < raw.length; i += 2) {
      const name = raw[i]!.toLowerCase();
      const list = this.values.get(name);
      if (list) list.push(raw[i + 1]!);
      else this.values.set(name, [raw[i + 1]!]);
    }
  }

  get(name: string): string | null {
    return this.values.get(name.toLowerCase())?.join(', ') ?? null;
  }

  getSetCookie(): string[] {
    return [...(this.values.get('set-cookie') ?? [])];
  }
}

interface RawResponse {
  status: number;
  headers: ResponseHeaders;
  body: string;
}

/**
 * One HTTP exchange with node:http: one request and its answer (Client follows redirects itself); connections stay open
 * between requests (the global agent keeps them alive, serve_app.py keeps them open). A verify
 * makes some 150 requests while the app competes for the same cores, and node:http costs
 * Node about half the CPU time per request that fetch does.
 */
function send(
  url: string,
  method: string,
  cookie: string,
  body: string | undefined,
  signal: AbortSignal,
  tag?: string,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = {};
    if (tag) headers[TAG_HEADER] = tag;
    if (cookie) headers.cookie = cookie;
    if (body !== undefined) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      headers['content-length'] = Buffer.byteLength(body);
    }
    // Only the socket the CLI chose for this app (transport.ts): never a port or a path the app named.
    const socketPath = socketFor.get(new URL(url).origin);
    if (!socketPath && process.platform !== 'win32') return reject(new Error('no app listens at this address any more'));
    const sent = httpRequest(
      url,
      { method, headers, signal, maxHeaderSize: MAX_HEADER_BYTES, ...(socketPath ? { socketPath } : {}) },
      (incoming: IncomingMessage) => {
        const chunks: Buffer[] = [];
        let size = 0;
        incoming.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size <= MAX_BODY_BYTES) return void chunks.push(chunk);
          incoming.destroy();
          reject(new Error(`its answer was larger than ${MAX_BODY_BYTES >> 20} MB`));
        });
        incoming.on('error', reject);
        incoming.on('end', () =>
          resolve({
            status: incoming.statusCode ?? 0,
            headers: new ResponseHeaders(incoming.rawHeaders),
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    sent.on('error', reject);
    sent.end(body);
  });
}

function safeUrl(location: string, base: string): URL | undefined {
  try {
    return new URL(location, base);
  } catch {
    return undefined;
  }
}
