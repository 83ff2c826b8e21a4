// The packaged index.html must load Samsung's webapis.js (AVPlay, product info) before the app's own scripts.

/** The script Tizen resolves at run time; `$WEBAPIS` is expanded by the TV's web runtime. */
export const WEBAPIS_SCRIPT = '<script src="$WEBAPIS/webapis/webapis.js"></script>';

/**
 * Inserts the webapis.js script tag before the first `<script>` (or before `</head>` when there is
 * none). A page that already loads it is returned unchanged.
 */
export function injectWebapisScript(html: string): string {
  if (html.includes('$WEBAPIS/webapis/webapis.js')) return html;
  const firstScript = html.search(/<script\b/i);
  const at = firstScript >= 0 ? firstScript : html.search(/<\/head>/i);
  if (at < 0) throw new Error('index.html has neither a <script> nor a </head> to place webapis.js before');
  return html.slice(0, at) + WEBAPIS_SCRIPT + html.slice(at);
}
