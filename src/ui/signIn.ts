import type { HttpOptions } from '../net';
import { isXtreamError, XtreamClient, type Account, type CredentialsInput, type DoctorReport } from '../xtream';
import { t } from './i18n';

/** Signed in: the client to use from now on, and what to tell the viewer about fixes made along the way. */
export interface SignInSuccess {
  ok: true;
  client: XtreamClient;
  account: Account;
  /** The fix the connection doctor applied (e.g. another port), as a sentence. */
  fix?: string;
  /** Corrections made to what was typed (e.g. "Added http:// …"). */
  repairs: string[];
}

/** Not signed in: the error in words, and the doctor's report when it ran. */
export interface SignInFailure {
  ok: false;
  message: string;
  hint: string;
  report?: DoctorReport;
}

export type SignInResult = SignInSuccess | SignInFailure;

function failure(error: unknown, report?: DoctorReport): SignInFailure {
  if (report && report.error) return { ok: false, message: report.error.message, hint: report.error.hint, report };
  if (isXtreamError(error)) return { ok: false, message: error.message, hint: error.hint, report };
  return {
    ok: false,
    message: t('home.login.failed'),
    hint: t('home.login.failedHint'),
    report,
  };
}

/**
 * Signs in with what the viewer typed. When that fails, the connection doctor checks the connection step by step;
 * if it finds a working address (another port or protocol), signing in continues with it and the fix is reported.
 */
export async function signIn(input: CredentialsInput, http: HttpOptions, signal?: AbortSignal): Promise<SignInResult> {
  let client: XtreamClient;
  try {
    client = new XtreamClient(input, { http });
    const account = await client.login(signal);
    return { ok: true, client, account, repairs: client.credentials.repairs };
  } catch (error) {
    if (signal && signal.aborted) throw error;
    let report: DoctorReport;
    try {
      // The doctor is needed only when signing in fails: it loads then, not with the app.
      const { diagnoseConnection } = await import(/* webpackChunkName: "doctor" */ '../xtream/doctor');
      report = await diagnoseConnection(input, { http, signal });
    } catch (doctorError) {
      if (signal && signal.aborted) throw doctorError;
      return failure(error);
    }
    if (!report.ok) return failure(error, report);
    const server = report.applied ? report.applied.server : undefined;
    try {
      const fixed = new XtreamClient(server ? { ...input, server } : input, { http });
      const account = await fixed.login(signal);
      return { ok: true, client: fixed, account, fix: report.fix, repairs: fixed.credentials.repairs };
    } catch (retryError) {
      if (signal && signal.aborted) throw retryError;
      return failure(retryError, report);
    }
  }
}
