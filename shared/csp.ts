/**
 * The renderer's Content-Security-Policy, the same in the desktop window and in browser mode:
 * only its own scripts, no eval, no remote anything. Styles allow inline because MUI's emotion
 * injects <style> elements at run time.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
