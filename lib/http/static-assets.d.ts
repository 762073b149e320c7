import type { IncomingMessage, ServerResponse } from 'node:http';

export const IMMUTABLE: string;
export function staticAssets(options: {
  staticDir: string;
  headers: Record<string, string>;
}): (req: IncomingMessage, res: ServerResponse) => boolean;
