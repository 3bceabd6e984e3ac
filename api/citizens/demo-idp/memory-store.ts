/**
 * Where the demo provider keeps its sessions, interactions, codes and tokens: memory of this
 * node, each entry dropped when it expires. Enough for a demo on one node; the national provider
 * keeps its own state in production.
 */
interface Entry {
  value: unknown;
  expiresAt: number;
}

type Payload = Record<string, unknown> & { uid?: string; grantId?: string; userCode?: string; consumed?: number };

/**
 * The adapter oidc-provider asks for once per model (Session, AuthorizationCode, …). A factory
 * rather than a class: the provider tells classes by `instanceof Function`, false across realms.
 */
export function memoryAdapter(now: () => number = Date.now) {
  const entries = new Map<string, Entry>();

  function get<T>(key: string): T | undefined {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= now()) {
      entries.delete(key);
      return undefined;
    }
    return entry.value as T;
  }
  const set = (key: string, value: unknown, seconds: number) => entries.set(key, { value, expiresAt: now() + seconds * 1000 });

  class DemoProviderStore {
    constructor(private readonly model: string) {}

    private key(id: string): string {
      return `${this.model}:${id}`;
    }

    async upsert(id: string, payload: Payload, expiresIn: number): Promise<void> {
      const key = this.key(id);
      if (payload.uid && this.model === 'Session') set(`uid:${payload.uid}`, id, expiresIn);
      if (payload.userCode) set(`userCode:${payload.userCode}`, id, expiresIn);
      if (payload.grantId) set(`grant:${payload.grantId}`, [...(get<string[]>(`grant:${payload.grantId}`) ?? []), key], expiresIn);
      set(key, payload, expiresIn);
    }

    async find(id: string): Promise<Payload | undefined> {
      return get<Payload>(this.key(id));
    }

    async findByUid(uid: string): Promise<Payload | undefined> {
      const id = get<string>(`uid:${uid}`);
      return id ? this.find(id) : undefined;
    }

    async findByUserCode(userCode: string): Promise<Payload | undefined> {
      const id = get<string>(`userCode:${userCode}`);
      return id ? this.find(id) : undefined;
    }

    async consume(id: string): Promise<void> {
      const payload = get<Payload>(this.key(id));
      if (payload) payload.consumed = Math.floor(now() / 1000);
    }

    async destroy(id: string): Promise<void> {
      entries.delete(this.key(id));
    }

    async revokeByGrantId(grantId: string): Promise<void> {
      for (const key of get<string[]>(`grant:${grantId}`) ?? []) entries.delete(key);
      entries.delete(`grant:${grantId}`);
    }
  }

  return (model: string) => new DemoProviderStore(model);
}
