import { annotateRequest } from '@/lib/api/annotate';
import { jsonError } from '@/lib/api/json';
import { getMatchers } from '@/lib/content';

export async function POST(request: Request) {
  return annotateRequest(request, getMatchers());
}

const notAllowed = () => jsonError(405, 'method_not_allowed', 'Use POST with {"lang": "ar" | "en", "text": "..."}.', { Allow: 'POST, OPTIONS' });
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
