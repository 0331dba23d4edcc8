import type { TFunction } from "i18next";
import { renderOrderCard, renderProductCard } from "./cards";
import { button, h, icon, ICONS } from "./dom";
import { renderMarkdown } from "./markdown";
import type { ChatMessage } from "./wire";

export interface MessageViewOptions {
  message: ChatMessage;
  t: TFunction;
  locale: string;
  /** Feedback buttons only on stored assistant answers, never on the local greeting. */
  canRate: boolean;
  onVote(messageId: string, vote: "up" | "down"): Promise<boolean>;
  announce(text: string): void;
}

function authorLabel(message: ChatMessage, t: TFunction): string {
  if (message.role === "shopper") return t("you");
  if (message.role === "agent") return message.authorName ?? t("person");
  return t("assistant");
}

export function renderMessage(options: MessageViewOptions): HTMLElement {
  const { message, t, locale } = options;
  const author = h("span", { class: "author" }, authorLabel(message, t));
  if (message.role === "agent")
    author.append(" ", h("span", { class: "person-badge" }, t("person")));
  const bubble = h("div", { class: "bubble" });
  if (message.role === "shopper") bubble.append(h("p", {}, message.text));
  else bubble.append(renderMarkdown(message.text, document));
  const item = h(
    "li",
    { class: `message from-${message.role}`, "data-message-id": message.id },
    author,
    bubble,
  );

  if (message.cards.length > 0) {
    item.append(
      h(
        "div",
        { class: "cards" },
        ...message.cards.map((card) =>
          card.type === "order"
            ? renderOrderCard(card, t, locale)
            : renderProductCard(card, t, locale, options.announce),
        ),
      ),
    );
  }
  if (options.canRate && message.role === "assistant") item.append(renderVotes(options));
  return item;
}

function renderVotes(options: MessageViewOptions): HTMLElement {
  const { t } = options;
  const up = button(
    "",
    {
      class: "icon-button small",
      "aria-label": t("feedback.up"),
      title: t("feedback.up"),
      "aria-pressed": "false",
    },
    icon(ICONS.thumbUp),
  );
  const down = button(
    "",
    {
      class: "icon-button small",
      "aria-label": t("feedback.down"),
      title: t("feedback.down"),
      "aria-pressed": "false",
    },
    icon(ICONS.thumbDown),
  );
  const vote = (choice: "up" | "down"): void => {
    void options.onVote(options.message.id, choice).then((saved) => {
      if (!saved) return;
      up.setAttribute("aria-pressed", String(choice === "up"));
      down.setAttribute("aria-pressed", String(choice === "down"));
      options.announce(t("feedback.thanks"));
    });
  };
  up.addEventListener("click", () => vote("up"));
  down.addEventListener("click", () => vote("down"));
  return h("div", { class: "votes" }, up, down);
}

export function renderQuickReplies(
  replies: string[],
  t: TFunction,
  choose: (text: string) => void,
): HTMLElement {
  return h(
    "div",
    { class: "chips", role: "group", "aria-label": t("quickReplies") },
    ...replies.map((reply) => {
      const chip = button(reply, { class: "chip" });
      chip.addEventListener("click", () => choose(reply));
      return chip;
    }),
  );
}
