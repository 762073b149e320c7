import type { IncomingMessage, ServerResponse } from 'node:http';

export const ROUTER_HEADERS: string[];
export const VARY: string;
export function prerenderedPages(options: {
  appDir: string;
  pages: Record<string, unknown>;
  headersFor: (pathname: string) => Record<string, string>;
  budget?: number;
}): (req: IncomingMessage, res: ServerResponse) => boolean;
