export function chooseEncoding(header: string | string[] | undefined, offered: readonly string[]): string;
