// oidc-provider ships no types (DefinitelyTyped's @types/oidc-provider is not a dependency): the
// part of its API the demo provider uses, as documented for v9 (docs/README.md of
// panva/node-oidc-provider), and nothing more.
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export interface Account {
    accountId: string;
    claims(use: 'id_token' | 'userinfo', scope: string): Promise<Record<string, unknown>> | Record<string, unknown>;
  }

  export interface Grant {
    jti: string;
    accountId: string;
    clientId: string;
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
  }

  export interface Interaction {
    uid: string;
    prompt: { name: string; reasons: string[]; details: Record<string, unknown> };
    params: Record<string, unknown>;
    session?: { accountId: string };
    grantId?: string;
  }

  export interface Session {
    accountId?: string;
    grantIdFor(clientId: string): string | undefined;
  }

  export interface Client {
    clientId: string;
  }

  /** Koa's request context, with oidc-provider's own part (`oidc`, set on its routes only). */
  export interface KoaContextWithOIDC {
    req: IncomingMessage;
    res: ServerResponse;
    method: string;
    path: string;
    status: number;
    type: string;
    body: unknown;
    set(field: string, value: string): void;
    response: { get(field: string): string };
    oidc: {
      provider: Provider;
      client?: Client;
      session?: Session;
      account?: Account;
      result?: { consent?: { grantId?: string } };
    };
  }

  type Next = () => Promise<void>;
  export type Middleware = (ctx: KoaContextWithOIDC, next: Next) => Promise<void>;

  export interface ClientMetadata {
    client_id: string;
    client_secret?: string;
    client_name?: string;
    redirect_uris: string[];
    post_logout_redirect_uris?: string[];
    grant_types?: string[];
    response_types?: string[];
    token_endpoint_auth_method?: string;
    id_token_signed_response_alg?: string;
  }

  export interface InteractionResults {
    login?: { accountId: string; amr?: string[]; remember?: boolean };
    consent?: { grantId?: string };
    error?: string;
    error_description?: string;
  }

  export interface Configuration {
    clients?: ClientMetadata[];
    findAccount?(ctx: KoaContextWithOIDC, sub: string): Promise<Account | undefined>;
    claims?: Record<string, null | string[]>;
    scopes?: string[];
    responseTypes?: string[];
    conformIdTokenClaims?: boolean;
    allowOmittingSingleRegisteredRedirectUri?: boolean;
    pkce?: { required?(ctx: KoaContextWithOIDC, client: Client): boolean };
    jwks?: { keys: object[] };
    cookies?: {
      keys?: string[];
      names?: { session?: string; interaction?: string; resume?: string };
    };
    ttl?: Record<string, number>;
    features?: {
      devInteractions?: { enabled: boolean };
      rpInitiatedLogout?: {
        enabled?: boolean;
        logoutSource?(ctx: KoaContextWithOIDC, form: string): Promise<void>;
        postLogoutSuccessSource?(ctx: KoaContextWithOIDC): Promise<void>;
      };
    };
    interactions?: { url?(ctx: KoaContextWithOIDC, interaction: Interaction): Promise<string> };
    loadExistingGrant?(ctx: KoaContextWithOIDC): Promise<Grant | undefined>;
    renderError?(ctx: KoaContextWithOIDC, out: { error: string; error_description?: string }, error: Error): Promise<void>;
  }

  export class Provider {
    constructor(issuer: string, configuration: Configuration);
    readonly issuer: string;
    readonly Grant: { new (properties: { accountId: string; clientId: string }): Grant; find(id: string): Promise<Grant | undefined> };
    use(middleware: Middleware): this;
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    on(event: 'server_error', listener: (ctx: KoaContextWithOIDC, error: Error) => void): this;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
    interactionFinished(req: IncomingMessage, res: ServerResponse, result: InteractionResults, options?: { mergeWithLastSubmission?: boolean }): Promise<void>;
  }

  export const errors: {
    SessionNotFound: new (...args: never[]) => Error & { error: string; error_description?: string; status: number };
  };

  export default Provider;
}
