export { DemoSigningConnector } from './demo-signing';
export type { SignerIdentity, SigningConnector, SigningKey } from './signing-connector';
