// The text to report for whatever was thrown: its message when it has one (an Error, a
// DOMException from atob), else the value itself. Browser-safe: the responder uses it in the page too.

/** @param {unknown} error */
export function errorText(error) {
  const message = typeof error === 'object' && error !== null && 'message' in error ? error.message : undefined;
  return String(message ?? error);
}
