import { jsonError } from '@/lib/api/json';

// Any /api/ path no route claims: a JSON 404 for every method, not the HTML page a browser would get.
const notFound = () => jsonError(404, 'not_found', 'There is no API at this address.');
export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
