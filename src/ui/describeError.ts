import { isXtreamError } from '../xtream';

/** A failure as a page shows it: a sentence and what to do about it. */
export interface ErrorText {
  message: string;
  hint: string;
}

/** Words for any error a data call can throw (XtreamError carries its own; anything else gets a generic line). */
export function describeError(error: unknown): ErrorText {
  if (isXtreamError(error)) return { message: error.message, hint: error.hint };
  return {
    message: 'Something went wrong while loading.',
    hint: 'Try again. If it keeps happening, sign out and sign in again.',
  };
}
