// @ts-check
// One definition of the security headers, for next.config.js (every response Next routes) and pages/_error.tsx
// (the 400 Next answers before routing, which next.config.js headers never reach). CommonJS so next.config.js
// can require it.

/**
 * @param {boolean} dev
 * @returns {{ key: string, value: string }[]}
 */
function securityHeaders(dev) {
  // Production allows no inline script here: the standalone server (scripts/server.cjs) adds to each HTML page
  // the hashes of its own inline scripts (computed after the build for prerendered pages, at answer time for
  // pages rendered on demand), so the pages stay prerendered (a nonce would force rendering per request). The dev
  // server is not wrapped: it keeps 'unsafe-inline', plus the 'unsafe-eval' React's dev tools and a websocket.
  const csp = [
    "default-src 'self'",
    `script-src 'self'${dev ? " 'unsafe-inline' 'unsafe-eval'" : ''}`,
    // Server HTML carries style attributes (e.g. the reader's row count) and Radix positions the card inline.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  // Only features Chromium recognises (an unknown one logs a console error); speech synthesis is not gated.
  const permissions = ['accelerometer', 'camera', 'display-capture', 'geolocation', 'gyroscope', 'magnetometer', 'microphone', 'payment', 'usb']
    .map((feature) => `${feature}=()`)
    .join(', ');
  return [
    { key: 'Content-Security-Policy', value: csp },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: permissions },
    { key: 'X-Frame-Options', value: 'DENY' },
  ];
}

module.exports = { securityHeaders };
