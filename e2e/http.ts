import http from 'node:http';

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

/**
 * One HTTP request sent byte for byte as given (no URL normalisation, no encoding of the path), on a fresh
 * connection. Answers as soon as the response has arrived, even if the server stops reading an oversized body.
 */
export function rawRequest(
  baseURL: string,
  { method = 'GET', path, headers = {}, body }: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<RawResponse> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    let answered = false;
    const request = http.request({ host: hostname, port, method, path, headers, agent: false, insecureHTTPParser: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        answered = true;
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') });
      });
    });
    request.on('error', (error) => {
      if (!answered) reject(error);
    });
    if (body !== undefined) request.write(body);
    request.end();
  });
}
