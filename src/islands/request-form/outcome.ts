/** How a send ended, as the island shows it. "offline": the request never reached the handler. */
export type Outcome =
  | { kind: 'sent'; reference: string }
  | { kind: 'busy' | 'failed' | 'offline' | 'unconfirmed' }
  /** Refused (for example, no longer the same page origin): shown on the review, with the handler's reason. */
  | { kind: 'rejected'; message?: string };

/** A send either ends (an Outcome) or comes back with errors to show on the form. */
export type SendResult = Outcome | { kind: 'invalid'; errors: Record<string, string> };
