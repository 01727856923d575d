export const CONTENT_SECURITY_POLICY: string;
export const CONTENT_SECURITY_POLICY_WITH_ISLANDS: string;
export const SECURITY_HEADERS: Record<string, string>;
