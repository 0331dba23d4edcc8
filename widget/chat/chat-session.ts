/**
 * One shopper's conversation as the widget sees it: starting or resuming it, sending, polling
 * for replies, feedback and deletion. It owns no DOM of its own; it tells the view what changed.
 */
import type { WidgetConfig } from "../config";
import type { ShopperStorage } from "../storage";
import { nextPollDelay, POLL_FIRST_MS } from "./poll-schedule";
import { ChatRequestError, MAX_MESSAGE_LENGTH } from "./proxy-client";
import type { PageContext, ProxyClient } from "./proxy-client";
import type { ChatMessage, ConversationStatus } from "./wire";

export interface SessionEvents {
  messages(messages: ChatMessage[]): void;
  statusChanged(status: ConversationStatus): void;
  busy(waitingForReply: boolean): void;
  /** retry is null when the view should resend what is in the composer. */
  failed(error: ChatRequestError, retry: (() => void) | null): void;
  recovered(): void;
  needsConsent(): void;
  cleared(): void;
  /** Questions the app offers when the conversation opens (none unless the merchant turned it on). */
  suggested(questions: string[]): void;
}

export interface ChatSessionOptions {
  config: WidgetConfig;
  storage: ShopperStorage;
  client: ProxyClient;
  events: SessionEvents;
}

export type SendResult = "sent" | "failed";

function newVisitorId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

function cartToken(): string | undefined {
  const match = /(?:^|;\s*)cart=([^;]+)/.exec(document.cookie);
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
}

export function createChatSession(options: ChatSessionOptions) {
  const { config, storage, client, events } = options;
  let conversationId: string | null = null;
  let cursor = "";
  let status: ConversationStatus = "open";
  let starting: Promise<boolean> | null = null;
  let sending = false;
  let pollTimer: ReturnType<typeof setTimeout> | undefined;
  let pollDelay = POLL_FIRST_MS;
  const seen = new Set<string>();

  const page = (): PageContext => ({
    url: location.pathname,
    ...(config.productHandle ? { productHandle: config.productHandle } : {}),
    ...(cartToken() ? { cartToken: cartToken() } : {}),
  });

  const consentMissing = (): boolean => config.consentRequired && storage.get("consent") !== "yes";

  const visitorId = (): string => {
    let id = storage.get("visitor");
    if (!id) {
      id = newVisitorId();
      storage.set("visitor", id);
    }
    return id;
  };

  const deliver = (messages: ChatMessage[]): void => {
    const fresh = messages.filter((message) => !seen.has(message.id));
    for (const message of fresh) seen.add(message.id);
    if (fresh.length > 0) events.messages(fresh);
  };

  const setStatus = (next: ConversationStatus | null): void => {
    if (next === null || next === status) return;
    status = next;
    events.statusChanged(next);
  };

  const schedulePoll = (delay: number | null): void => {
    clearTimeout(pollTimer);
    if (delay === null || conversationId === null) return;
    pollDelay = delay;
    pollTimer = setTimeout(() => void poll(), delay);
  };

  async function poll(): Promise<void> {
    if (conversationId === null) return;
    // A hidden tab or a send in flight waits: the send's answer moves the cursor itself.
    if (document.hidden || sending) return schedulePoll(pollDelay);
    try {
      const answer = await client.fetchMessages({
        visitorId: visitorId(),
        conversationId,
        after: cursor,
      });
      cursor = answer.cursor;
      const before = seen.size;
      deliver(answer.messages);
      setStatus(answer.status);
      schedulePoll(
        nextPollDelay({ previousMs: pollDelay, gotMessages: seen.size > before, status }),
      );
    } catch (error) {
      if (error instanceof ChatRequestError && error.kind === "not_found") return forget();
      const retryAfterSeconds = error instanceof ChatRequestError ? error.retryAfterSeconds : null;
      schedulePoll(
        nextPollDelay({
          previousMs: pollDelay,
          gotMessages: false,
          status,
          failed: true,
          retryAfterSeconds,
        }),
      );
    }
  }

  document.addEventListener("visibilitychange", () => {
    if (!document.hidden && conversationId !== null) schedulePoll(POLL_FIRST_MS);
  });

  function forget(): void {
    clearTimeout(pollTimer);
    conversationId = null;
    cursor = "";
    status = "open";
    seen.clear();
    storage.remove("conversation");
  }

  /** Starts or resumes the conversation; false when it could not (the view shows why). */
  function start(): Promise<boolean> {
    if (consentMissing()) {
      events.needsConsent();
      return Promise.resolve(false);
    }
    if (conversationId !== null) return Promise.resolve(true);
    starting ??= client
      .startConversation({
        visitorId: visitorId(),
        locale: config.locale,
        page: page(),
        ...(config.consentRequired ? { consent: true } : {}),
      })
      .then(
        (answer) => {
          conversationId = answer.conversation.id;
          cursor = answer.conversation.cursor;
          storage.set("conversation", conversationId);
          events.recovered();
          deliver(answer.conversation.messages);
          if (answer.suggestions.length > 0) events.suggested(answer.suggestions);
          setStatus(answer.conversation.status);
          schedulePoll(answer.conversation.status === "closed" ? null : POLL_FIRST_MS);
          return true;
        },
        (error: unknown) => {
          events.failed(
            error instanceof ChatRequestError ? error : new ChatRequestError("server_error"),
            () => void start(),
          );
          return false;
        },
      )
      .finally(() => {
        starting = null;
      });
    return starting;
  }

  async function send(text: string): Promise<SendResult> {
    const trimmed = text.trim();
    if (trimmed === "") return "failed";
    if ([...trimmed].length > MAX_MESSAGE_LENGTH) {
      events.failed(new ChatRequestError("too_large"), null);
      return "failed";
    }
    if (!(await start()) || conversationId === null) return "failed";
    sending = true;
    events.busy(true);
    try {
      const answer = await client.sendMessage({
        visitorId: visitorId(),
        conversationId,
        text: trimmed,
        locale: config.locale,
        page: page(),
      });
      cursor = answer.cursor;
      events.recovered();
      deliver(answer.messages);
      setStatus(answer.status);
      schedulePoll(POLL_FIRST_MS);
      return "sent";
    } catch (error) {
      const failure =
        error instanceof ChatRequestError ? error : new ChatRequestError("server_error");
      if (failure.kind === "not_found") forget();
      events.failed(failure, null);
      return "failed";
    } finally {
      sending = false;
      events.busy(false);
    }
  }

  async function vote(messageId: string, choice: "up" | "down"): Promise<boolean> {
    if (conversationId === null) return false;
    try {
      await client.sendFeedback({
        visitorId: visitorId(),
        conversationId,
        messageId,
        vote: choice,
      });
      return true;
    } catch (error) {
      if (error instanceof ChatRequestError)
        events.failed(error, () => void vote(messageId, choice));
      return false;
    }
  }

  async function rate(csat: number): Promise<boolean> {
    if (conversationId === null) return false;
    try {
      await client.sendFeedback({ visitorId: visitorId(), conversationId, csat });
      return true;
    } catch (error) {
      if (error instanceof ChatRequestError) events.failed(error, () => void rate(csat));
      return false;
    }
  }

  /** Deletes the conversation on the server and everything the widget kept in this browser. */
  async function remove(): Promise<boolean> {
    if (conversationId !== null) {
      try {
        await client.deleteConversation({ visitorId: visitorId(), conversationId });
      } catch (error) {
        if (!(error instanceof ChatRequestError && error.kind === "not_found")) {
          if (error instanceof ChatRequestError) events.failed(error, () => void remove());
          return false;
        }
      }
    }
    forget();
    storage.remove("visitor");
    storage.remove("draft");
    events.cleared();
    return true;
  }

  return {
    start,
    send,
    vote,
    rate,
    remove,
    hasConversation: (): boolean => conversationId !== null,
    status: (): ConversationStatus => status,
    consentMissing,
  };
}

export type ChatSession = ReturnType<typeof createChatSession>;
