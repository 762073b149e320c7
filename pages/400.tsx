import ErrorPage from './_error';

// Turbopack builds the Pages Router (and so pages/_error) only when it holds at least one ordinary page. This is
// that page; nobody reaches it at /400, which the proxy sends to /ar/400, a 404.
export default ErrorPage;
