/**
 * A small browser for tests of the sign-in flow: real HTTP through fetch, a cookie jar that honours
 * Path and Max-Age, and redirects followed one by one so a test can see where each leads.
 */
interface StoredCookie {
  name: string;
  value: string;
  path: string;
}

export interface Visit {
  status: number;
  url: string;
  location: string | null;
  body: string;
}

export class BrowserSession {
  private readonly jar = new Map<string, StoredCookie>();

  constructor(readonly origin: string) {}

  /** The value of a cookie the session holds, whatever its path. */
  cookie(name: string): string | undefined {
    return [...this.jar.values()].find((cookie) => cookie.name === name)?.value;
  }

  setCookie(name: string, value: string, path = '/'): void {
    this.jar.set(`${name}|${path}`, { name, value, path });
  }

  /** One request, no redirect followed. */
  async request(url: string, init: { method?: string; form?: Record<string, string>; headers?: Record<string, string> } = {}): Promise<Visit> {
    const target = new URL(url, this.origin);
    const cookies = [...this.jar.values()]
      .filter((cookie) => target.pathname === cookie.path || target.pathname.startsWith(cookie.path.endsWith('/') ? cookie.path : `${cookie.path}/`))
      .sort((a, b) => b.path.length - a.path.length)
      .map((cookie) => `${cookie.name}=${cookie.value}`);
    const headers: Record<string, string> = { ...init.headers };
    if (cookies.length) headers.cookie = cookies.join('; ');
    let body: string | undefined;
    if (init.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(init.form).toString();
    }
    const response = await fetch(target, { method: init.method ?? (init.form ? 'POST' : 'GET'), headers, body, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) this.store(line, target);
    return { status: response.status, url: target.href, location: response.headers.get('location'), body: await response.text() };
  }

  /**
   * Follows redirects while they stay inside `within` (path prefixes), and returns every visit;
   * the last one is a page, or a redirect that leaves (to the portal, for instance).
   */
  async follow(url: string, init: { method?: string; form?: Record<string, string> } = {}, within = ['/api/', '/demo-idp/']): Promise<Visit[]> {
    const visits: Visit[] = [];
    let next: { url: string; init: typeof init } | undefined = { url, init };
    while (next) {
      if (visits.length > 15) throw new Error(`too many redirects: ${visits.map((v) => v.url).join(' → ')}`);
      const visit = await this.request(next.url, next.init);
      visits.push(visit);
      next = undefined;
      if (visit.status >= 300 && visit.status < 400 && visit.location) {
        const target = new URL(visit.location, visit.url);
        if (target.origin === this.origin && within.some((prefix) => target.pathname.startsWith(prefix))) next = { url: target.href, init: {} };
      }
    }
    return visits;
  }

  private store(line: string, requestUrl: URL): void {
    const [pair, ...attributes] = line.split(';').map((part) => part.trim());
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    let path = requestUrl.pathname.replace(/\/[^/]*$/, '') || '/';
    let expired = false;
    for (const attribute of attributes) {
      const [key, raw = ''] = attribute.split('=');
      if (key.toLowerCase() === 'path' && raw.startsWith('/')) path = raw;
      if (key.toLowerCase() === 'max-age' && Number(raw) <= 0) expired = true;
      if (key.toLowerCase() === 'expires' && new Date(raw).getTime() < Date.now()) expired = true;
    }
    if (expired || value === '') this.jar.delete(`${name}|${path}`);
    else this.jar.set(`${name}|${path}`, { name, value, path });
  }
}

/** The action of the first form on a page, resolved against the page's URL. */
export function formAction(html: string, pageUrl: string): string {
  const match = /<form[^>]*action="([^"]+)"/.exec(html);
  if (!match) throw new Error(`no form on the page:\n${html.slice(0, 500)}`);
  return new URL(match[1].replace(/&amp;/g, '&'), pageUrl).href;
}
