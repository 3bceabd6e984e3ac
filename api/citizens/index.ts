import { randomBytes } from 'node:crypto';
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { citizenAuthRoutes } from './auth-routes';
import { citizenRoutes } from './citizen-routes';
import { createDemoProvider, DEMO_IDP_PREFIX } from './demo-idp/provider';
import { demoIdentityProviderRoutes } from './demo-idp/routes';
import { draftRoutes } from './drafts';
import { citizenServicesOfficerRoutes } from './officer-routes';
import { publicPortalRoutes } from './public-routes';
import { reuseStoredDocumentRoutes } from './reuse-stored-document';
import { CitizenSignIn, inProcessFetch } from './sign-in';
import { surveyRoutes } from './surveys/routes';

/** The portal's client id at the demo provider; the secret is made at each start. */
const DEMO_CLIENT_ID = 'cong-dich-vu-cong';
const DEMO_SCOPE = 'openid profile email phone address';

/**
 * Cổng Dịch vụ công, the citizen side (REQUIREMENTS C1-C4, C6-C10): sign-in through the national
 * identity provider, or the demo one mounted under /demo-idp; then the citizen's own services.
 */
export const citizenPortal = fp(async (app: FastifyInstance) => {
  const { config } = app.deps;
  const publicUrl = config.publicUrl.replace(/\/+$/, '');
  const redirectUri = `${publicUrl}/api/citizen/auth/callback`;

  let signIn: CitizenSignIn | null = null;
  let providerName = 'VNeID';
  if (config.demoIdentityProvider) {
    const issuer = publicUrl + DEMO_IDP_PREFIX;
    const client = { clientId: DEMO_CLIENT_ID, clientSecret: randomBytes(32).toString('base64url'), redirectUri, postLogoutRedirectUri: `${publicUrl}/` };
    await app.register(demoIdentityProviderRoutes, { provider: createDemoProvider(issuer, client), clientName: 'Cổng Dịch vụ công tỉnh Demo' });
    signIn = new CitizenSignIn({ issuer, ...client, scope: DEMO_SCOPE, fetch: inProcessFetch(app), forceLogin: true });
    providerName = 'VNeID (mô phỏng)';
  } else if (config.citizenOidc) {
    signIn = new CitizenSignIn({ ...config.citizenOidc, redirectUri, forceLogin: false });
  }

  await app.register(citizenAuthRoutes, { signIn, providerName });
  await app.register(citizenRoutes);
  await app.register(draftRoutes);
  await app.register(reuseStoredDocumentRoutes);
  await app.register(publicPortalRoutes);
  await app.register(citizenServicesOfficerRoutes);
  await app.register(surveyRoutes);
}, { name: 'citizens', dependencies: ['context', 'auth', 'calendar'] });
