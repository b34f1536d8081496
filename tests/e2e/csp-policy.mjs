// The strict Content Security Policy of issue 11, word for word (README, "Content
// Security Policy"): the static server sends it with every response, and csp.spec.ts
// checks the page keeps to it.
export const CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "style-src-attr 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
  "manifest-src 'self'; worker-src 'self'; base-uri 'none'; form-action 'none'";
