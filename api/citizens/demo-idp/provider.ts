import { generateKeyPairSync, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { inModuleRealm, loadEsModule } from '../esm';
import { claimsOf, DEMO_CITIZENS, SCOPE_CLAIMS } from './demo-citizens';
import { memoryAdapter } from './memory-store';
import { errorPage } from './pages';

/** Where the demo provider lives inside the platform: its issuer is PUBLIC_URL + this prefix. */
export const DEMO_IDP_PREFIX = '/demo-idp';

/** The one client the demo provider knows: the platform itself. */
export interface DemoClient {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  postLogoutRedirectUri: string;
}

/** What the platform reads of an interaction (oidc-provider ships no types of its own). */
export interface InteractionDetails {
  uid: string;
  prompt: { name: string; details: Record<string, unknown> };
  params: Record<string, unknown>;
  session?: { accountId: string };
  grantId?: string;
}

interface Grant {
  addOIDCScope(scope: string): void;
  save(): Promise<string>;
}

interface ProviderContext {
  oidc: {
    client: { clientId: string };
    session: { accountId: string; grantIdFor(clientId: string): string | undefined };
    result?: { consent?: { grantId?: string } };
    params: { scope?: string };
    provider: DemoProvider;
  };
  type: string;
  body: string;
}

/** The part of oidc-provider's Provider the platform uses. */
export interface DemoProvider {
  proxy: boolean;
  on(event: 'server_error', listener: (ctx: unknown, error: Error) => void): void;
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<InteractionDetails>;
  interactionFinished(req: IncomingMessage, res: ServerResponse, result: object, options?: { mergeWithLastSubmission?: boolean }): Promise<void>;
  Grant: { new (input: { clientId: string; accountId: string }): Grant; find(id: string): Promise<Grant | undefined> };
}

type ProviderClass = new (issuer: string, configuration: object) => DemoProvider;

/**
 * Nhà cung cấp định danh mô phỏng: an OpenID Connect provider (oidc-provider) that plays VNeID in
 * demo mode and in tests. It keeps sessions and codes in memory and signs with a key made at
 * start, so it serves one node only; production uses the national provider (OIDC_ISSUER).
 */
export function createDemoProvider(issuer: string, client: DemoClient): DemoProvider {
  const { Provider } = loadEsModule<{ Provider: ProviderClass }>('oidc-provider');
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const provider = new Provider(issuer, inModuleRealm({
    clients: [{
      client_id: client.clientId,
      client_secret: client.clientSecret,
      client_name: 'Cổng Dịch vụ công tỉnh Demo',
      redirect_uris: [client.redirectUri],
      post_logout_redirect_uris: [client.postLogoutRedirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    }],
    adapter: memoryAdapter(),
    jwks: { keys: [{ ...signingKey, use: 'sig', alg: 'RS256', kid: randomBytes(8).toString('hex') }] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    claims: SCOPE_CLAIMS,
    scopes: Object.keys(SCOPE_CLAIMS),
    pkce: { required: () => true, methods: ['S256'] },
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `${DEMO_IDP_PREFIX}/interaction/${interaction.uid}` },
    ttl: { Session: 3600, Interaction: 900, Grant: 3600, AuthorizationCode: 60, AccessToken: 600, IdToken: 600 },
    async findAccount(_ctx: unknown, sub: string) {
      const citizen = DEMO_CITIZENS.find((c) => c.sub === sub);
      if (!citizen) return undefined;
      return inModuleRealm({ accountId: sub, claims: async () => inModuleRealm(claimsOf(citizen)) });
    },
    // The platform is a first-party client: no consent screen, the requested scopes are granted.
    async loadExistingGrant(ctx: ProviderContext) {
      const { oidc } = ctx;
      const grantId = oidc.result?.consent?.grantId ?? oidc.session.grantIdFor(oidc.client.clientId);
      if (grantId) return oidc.provider.Grant.find(grantId);
      const grant = new oidc.provider.Grant({ clientId: oidc.client.clientId, accountId: oidc.session.accountId });
      grant.addOIDCScope(oidc.params.scope ?? 'openid');
      await grant.save();
      return grant;
    },
    async renderError(ctx: ProviderContext, out: { error?: string; error_description?: string }) {
      ctx.type = 'html';
      ctx.body = errorPage(out);
    },
  }));
  // Behind the platform's own reverse proxy, the forwarded scheme and host are the public ones.
  provider.proxy = true;
  return provider;
}
