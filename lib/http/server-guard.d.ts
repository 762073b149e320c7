type Answer = { status: number; headers: Record<string, string>; body: string };
export const TIMEOUTS: { headersTimeout: number; requestTimeout: number; keepAliveTimeout: number; connectionsCheckingInterval: number };
export const SHARED_CACHE: string;
export const CDN_CACHE: string;
export const MAX_LANGUAGE_TAGS: number;
export function routeOf(pathname: string): { kind: 'page' | 'asset' | 'export' | 'api' | 'unknownApi'; allow: string[] };
export function earlyAnswer(method: string, pathname: string, exportFormats?: Set<string>): Answer | undefined;
export function boundAcceptLanguage(value: string): string;
export function cacheHeaders(method: string, pathname: string, status: number): Record<string, string> | undefined;
export function securityHeaders(dev: boolean): { key: string; value: string }[];
export function inlineScriptHashes(html: string): string[];
export function cspWith(hashes: string[]): string;
declare const guard: {
  TIMEOUTS: typeof TIMEOUTS; SHARED_CACHE: string; CDN_CACHE: string; MAX_LANGUAGE_TAGS: number; routeOf: typeof routeOf;
  earlyAnswer: typeof earlyAnswer; boundAcceptLanguage: typeof boundAcceptLanguage; cacheHeaders: typeof cacheHeaders;
  securityHeaders: typeof securityHeaders; inlineScriptHashes: typeof inlineScriptHashes; cspWith: typeof cspWith;
};
export default guard;
