import type { FastifyInstance } from 'fastify';
import type * as OpenIdClientModule from 'openid-client';
import type { Configuration, CustomFetch } from 'openid-client';
import { loadEsModule } from './esm';

type OpenIdClient = typeof OpenIdClientModule;

export interface SignInSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  scope: string;
  /** PUBLIC_URL + /api/citizen/auth/callback, registered with the provider. */
  redirectUri: string;
  /** How the platform reaches the provider; the demo provider is reached inside the process. */
  fetch?: CustomFetch;
  /** Ask the provider to show its sign-in page every time (the demo, so testers can switch people). */
  forceLogin: boolean;
}

/** What the browser carries between the redirect to the provider and the way back. */
export interface LoginChecks {
  state: string;
  nonce: string;
  verifier: string;
}

/**
 * Đăng nhập bằng tài khoản định danh điện tử: the platform as an OpenID Connect client
 * (authorization code with PKCE, state and nonce) of VNeID / the national portal's SSO.
 * The provider's metadata is discovered once, on the first sign-in, and retried after a failure.
 */
export class CitizenSignIn {
  private readonly lib = loadEsModule<OpenIdClient>('openid-client');
  private configuration: Promise<Configuration> | undefined;

  constructor(private readonly settings: SignInSettings) {}

  get issuer(): string {
    return this.settings.issuer;
  }

  private config(): Promise<Configuration> {
    this.configuration ??= this.discover().catch((error: unknown) => {
      this.configuration = undefined;
      throw error;
    });
    return this.configuration;
  }

  private discover(): Promise<Configuration> {
    const { lib, settings } = this;
    const insecure = new URL(settings.issuer).protocol === 'http:';
    return lib.discovery(new URL(settings.issuer), settings.clientId, settings.clientSecret, lib.ClientSecretBasic(settings.clientSecret), {
      ...(settings.fetch ? { [lib.customFetch]: settings.fetch } : {}),
      ...(insecure ? { execute: [lib.allowInsecureRequests] } : {}),
    });
  }

  /** The provider's authorization URL and the checks the callback must find again. */
  async start(): Promise<{ url: string; checks: LoginChecks }> {
    const { lib, settings } = this;
    const config = await this.config();
    const checks: LoginChecks = { state: lib.randomState(), nonce: lib.randomNonce(), verifier: lib.randomPKCECodeVerifier() };
    const url = lib.buildAuthorizationUrl(config, {
      redirect_uri: settings.redirectUri,
      scope: settings.scope,
      state: checks.state,
      nonce: checks.nonce,
      code_challenge: await lib.calculatePKCECodeChallenge(checks.verifier),
      code_challenge_method: 'S256',
      ...(settings.forceLogin ? { prompt: 'login' } : {}),
    });
    return { url: url.href, checks };
  }

  /**
   * Exchanges the code (checking state, nonce and the PKCE verifier) and returns the identity
   * claims: those of the ID token, completed by the userinfo endpoint when the provider has one.
   */
  async finish(callbackUrl: URL, checks: LoginChecks): Promise<Record<string, unknown>> {
    const { lib } = this;
    const config = await this.config();
    const tokens = await lib.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: checks.verifier, expectedState: checks.state, expectedNonce: checks.nonce, idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (!idClaims) throw new Error('the provider returned no ID token');
    const userInfo = config.serverMetadata().userinfo_endpoint ? await lib.fetchUserInfo(config, tokens.access_token, idClaims.sub) : {};
    return { ...idClaims, ...userInfo };
  }
}

/**
 * A fetch that reaches a provider mounted in this same app through `inject`, so the demo works
 * whatever PUBLIC_URL says and without the node calling itself over the network.
 */
export function inProcessFetch(app: FastifyInstance): CustomFetch {
  return async (url, options) => {
    const target = new URL(url);
    const { body } = options;
    const payload = body === undefined || body === null ? undefined
      : typeof body === 'string' ? body
        : ArrayBuffer.isView(body) ? Buffer.from(body.buffer, body.byteOffset, body.byteLength) : String(body);
    const response = await app.inject({
      method: options.method as 'GET',
      url: target.pathname + target.search,
      headers: { ...options.headers, host: target.host, 'x-forwarded-host': target.host, 'x-forwarded-proto': target.protocol.slice(0, -1) },
      payload,
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(response.headers)) {
      if (value === undefined) continue;
      for (const item of Array.isArray(value) ? value : [String(value)]) headers.append(name, item);
    }
    const empty = response.statusCode === 204 || response.statusCode === 304;
    return new Response(empty ? null : new Uint8Array(response.rawPayload), { status: response.statusCode, headers });
  };
}
