// One place that turns anything a submission or a listing can throw into words for the admin.
import { AuthAdviceError, AuthRedirectError } from '../auth/auth-session';
import { isGraphError } from '../graph/graph-error';

export interface FailureText {
  title: string;
  text: string;
  details: { label: string; value: string }[];
  status?: number;
  code?: string;
  requestId?: string;
  clientRequestId?: string;
}

export function describeFailure(error: unknown): FailureText {
  if (isGraphError(error)) {
    const details: { label: string; value: string }[] = [];
    if (error.status !== undefined) details.push({ label: 'HTTP status', value: String(error.status) });
    if (error.code) details.push({ label: 'Graph error code', value: error.code });
    if (error.graphMessage) details.push({ label: 'Message', value: error.graphMessage });
    if (error.requestId) details.push({ label: 'request-id', value: error.requestId });
    if (error.clientRequestId) details.push({ label: 'client-request-id', value: error.clientRequestId });
    if (error.date) details.push({ label: 'date', value: error.date });
    const title =
      error.kind === 'http'
        ? `Microsoft Graph answered ${error.status ?? ''}${error.code ? ` ${error.code}` : ''}`.trim()
        : error.kind === 'timeout'
          ? 'Microsoft Graph did not answer in time'
          : error.kind === 'aborted'
            ? 'The request was cancelled'
            : 'Microsoft Graph could not be reached';
    // For failures without an HTTP answer the error's own message says what happened (offline,
    // refused link, …); for HTTP failures Graph's message does.
    const what = error.kind === 'http' ? error.graphMessage : error.message;
    return {
      title,
      text: [what, error.advice].filter(Boolean).join(' '),
      details,
      status: error.status,
      code: error.code,
      requestId: error.requestId,
      clientRequestId: error.clientRequestId,
    };
  }
  if (error instanceof AuthAdviceError || error instanceof AuthRedirectError) return { title: 'Sign-in needed', text: error.message, details: [] };
  const message = error instanceof Error ? error.message : String(error);
  return { title: 'Something went wrong', text: `${message} Your design is kept; try again.`, details: [] };
}
