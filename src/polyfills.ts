/**
 * Web APIs the oldest TV engines lack (Chromium 38 on webOS 3, 47 on Tizen 3): `fetch` (Chrome 42) and
 * `AbortController` (Chrome 66). Each polyfill installs itself only where the API is missing. Language features
 * (Promise, Object.assign, Array.from…) come from core-js, which Babel adds where the code uses them.
 */
import 'whatwg-fetch';
import 'abortcontroller-polyfill/dist/abortcontroller-polyfill-only';
