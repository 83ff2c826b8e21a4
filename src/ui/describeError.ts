import { isSourceError } from '../library';
import { isNetworkError } from '../net';
import { isXtreamError } from '../xtream';
import { t } from './i18n';

/** A failure as a page shows it: a sentence and what to do about it. */
export interface ErrorText {
  message: string;
  hint: string;
}

/**
 * Words for any error a data call can throw: XtreamError and SourceError carry their own; a NetworkError (a
 * playlist or guide download) has its sentence, with the address to check when the server said it has nothing
 * there; anything else gets a generic line.
 */
export function describeError(error: unknown): ErrorText {
  if (isXtreamError(error) || isSourceError(error)) return { message: error.message, hint: error.hint };
  if (isNetworkError(error)) {
    // 404 and 410 are an answer, not a connection problem: the address is what to check.
    const gone = error.kind === 'HTTP_STATUS' && (error.status === 404 || error.status === 410);
    return { message: error.message, hint: t(gone ? 'common.error.notFoundHint' : 'common.error.networkHint') };
  }
  return { message: t('common.error.generic'), hint: t('common.error.genericHint') };
}
