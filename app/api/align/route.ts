import { alignRequest } from '@/lib/api/align';
import { jsonError } from '@/lib/api/json';
import { getMatchers } from '@/lib/content';

export async function POST(request: Request) {
  return alignRequest(request, getMatchers());
}

const notAllowed = () => jsonError(405, 'method_not_allowed', 'Use POST with {"ar": "...", "en": "..."}.', { Allow: 'POST' });
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
