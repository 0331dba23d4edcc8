import type { ConversationStatus } from "./wire";

/**
 * How long to wait before asking for new messages again. Quick right after activity (an agent
 * reply tends to follow another), slowing down while nothing happens, and never slower than a few
 * seconds while a person is handling the conversation.
 */
export const POLL_FIRST_MS = 1500;
const POLL_IDLE_MAX_MS = 30_000;
const POLL_HANDED_OFF_MAX_MS = 5000;
const POLL_FAILURE_MAX_MS = 60_000;

export interface NextPollOptions {
  previousMs: number;
  gotMessages: boolean;
  status: ConversationStatus;
  failed?: boolean;
  retryAfterSeconds?: number | null;
}

/** Null means stop: a closed conversation gets no more replies. */
export function nextPollDelay(options: NextPollOptions): number | null {
  if (options.retryAfterSeconds) return options.retryAfterSeconds * 1000;
  if (options.failed)
    return Math.min(Math.max(options.previousMs, POLL_FIRST_MS) * 2, POLL_FAILURE_MAX_MS);
  if (options.status === "closed") return null;
  if (options.gotMessages) return POLL_FIRST_MS;
  const ceiling = options.status === "handed_off" ? POLL_HANDED_OFF_MAX_MS : POLL_IDLE_MAX_MS;
  return Math.min(Math.round(options.previousMs * 1.6), ceiling);
}
