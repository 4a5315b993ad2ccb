// Why a request failed, as a code: callers decide by it, never by the
// wording of the error. No valibot here: content scripts import it.
export type ErrorCode =
  /** the message's shape is wrong */
  | 'invalid'
  /** this sender may not send it */
  | 'refused'
  /** the ledger refused it (a LedgerError): asking again gets the same answer */
  | 'ledger'
  /** the browser refused to save (quota, backing store): may work later */
  | 'storage'
  /** anything else that went wrong in the background */
  | 'failed'
  /** no answer came (the worker stopped, the extension was reloaded) */
  | 'unreachable';

/** Sending the same request again cannot succeed. */
export const isFinal = (code: ErrorCode): boolean => code === 'invalid' || code === 'refused' || code === 'ledger';
