import type { TFunction } from 'i18next';
import { ApiError } from './api';

/** Codes whose meaning does not depend on the request get a translated message. */
const genericCodes = new Set(['network_error', 'internal_error', 'forbidden', 'not_found', 'csrf_failed', 'rate_limited', 'payload_too_large']);

/**
 * The text to show for a failure. Business messages (conflict, validation) come from the server,
 * which knows what went wrong; generic ones are translated here.
 */
export function describeError(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (genericCodes.has(error.code)) return t(`errors.${error.code}`);
    return error.message;
  }
  return t('errors.internal_error');
}

/** `{ path: message }` for the API's field issues, ready for form.setErrors. */
export function issuesToFormErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  return Object.fromEntries(error.issues.map((issue) => [issue.path, issue.message]));
}
