/**
 * What the demo identity provider makes public: its client's name and the client secret it uses when
 * none is set. Anyone can read them, so the team's server refuses to start with them
 * (editorial/config.ts); kept apart from the provider so that checking costs no import of it.
 */
export const DEMO_CLIENT_ID = 'inserm-redaction';
/** The client secret when `EDITORIAL_OIDC_CLIENT_SECRET` is not set: public, like everything else here. */
export const DEMO_CLIENT_SECRET = 'demo-secret-inserm-redaction';
