import type { IncomingMessage } from 'node:http';

export function isNotModified(req: IncomingMessage, etag: string): boolean;
export function chooseEncoding(header: string | string[] | undefined, offered: readonly string[]): string;
