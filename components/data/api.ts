import { useMutation } from '@tanstack/react-query';

/** A JSON API answered with an error (`{"error": {"message"}}`), or could not be reached (status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Fetch one of the app's JSON APIs: the parsed body, or an ApiError with the server's message. */
export async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch {
    throw new ApiError(0, 'network');
  }
  const data = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, data?.error?.message ?? response.statusText);
  return data as T;
}

/** POST a JSON body to one of the app's APIs (see fetchJson). */
export function postJson<T>(url: string, body: unknown): Promise<T> {
  return fetchJson<T>(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

/**
 * A call to the app's APIs as a mutation the component runs on demand: `run(input)`, then `data`, `pending`, and
 * `error` (always an ApiError: its status says why; 0 when the server could not be reached). Needs a QueryProvider.
 */
export function useApiMutation<I, O>(call: (input: I) => Promise<O>) {
  const mutation = useMutation({ mutationFn: call });
  const { error } = mutation;
  return {
    data: mutation.data,
    pending: mutation.isPending,
    error: error instanceof ApiError ? error : error ? new ApiError(0, error.message) : null,
    run: mutation.mutate,
    reset: mutation.reset,
  };
}
