/**
 * The chat bundle, loaded by the loader on intent. It registers itself on window (classic script:
 * no CORS needed on the CDN) and builds the panel inside the loader's shadow root.
 */
import { CHAT_GLOBAL, CHAT_READY_EVENT } from "../chat-contract";
import type { ChatController, ChatMountOptions } from "../chat-contract";
import { createChatSession } from "./chat-session";
import { CHAT_CSS } from "./chat-style";
import { createTranslator } from "./i18n";
import { renderMessage, renderQuickReplies } from "./message-view";
import { createPanelView } from "./panel-view";
import { createProxyClient, MAX_MESSAGE_LENGTH } from "./proxy-client";
import type { ChatRequestError } from "./proxy-client";
import { canListen, canSpeak, listen, speak, stopSpeaking } from "./voice";
import type { Listening } from "./voice";
import type { ChatMessage } from "./wire";

const MOBILE = "(max-width: 640px)";

function mount(options: ChatMountOptions): ChatController {
  const { config, shadow, launcher, storage } = options;
  const t = createTranslator();
  const view = createPanelView({
    t,
    title: t("title"),
    voiceInput: canListen(),
    voiceOutput: canSpeak(),
  });
  const style = document.createElement("style");
  style.textContent = CHAT_CSS;
  shadow.append(style, view.panel);
  const badge = launcher.querySelector<HTMLElement>(".badge");
  let unread = 0;
  let readAloud = canSpeak() && storage.get("voice") === "on";
  let listening: Listening | null = null;

  const announce = (text: string): void => {
    view.status.textContent = "";
    // A fresh text node in a cleared region is what screen readers reliably announce.
    setTimeout(() => (view.status.textContent = text), 50);
  };
  const showNotice = (text: string | null): void => {
    view.notice.hidden = text === null;
    view.notice.textContent = text ?? "";
  };
  const hideBanner = (): void => {
    view.banner.hidden = true;
    view.bannerRetry.hidden = true;
  };
  const showBanner = (text: string, retry: (() => void) | null): void => {
    view.bannerText.textContent = text;
    view.banner.hidden = false;
    view.bannerRetry.hidden = retry === null;
    view.bannerRetry.onclick = () => {
      hideBanner();
      retry?.();
    };
  };
  const showError = (error: ChatRequestError, retry: (() => void) | null): void => {
    const text = t(`errors.${error.kind}`, {
      seconds: error.retryAfterSeconds ?? 30,
      max: MAX_MESSAGE_LENGTH,
    });
    showBanner(
      text,
      error.kind === "too_large" ? null : (retry ?? (() => void submit(view.input.value))),
    );
  };

  const renderChips = (message: ChatMessage | undefined): void => {
    view.chips.replaceChildren();
    if (message && message.role !== "shopper" && message.quickReplies.length > 0) {
      view.chips.append(renderQuickReplies(message.quickReplies, t, (text) => void submit(text)));
    }
  };
  const scrollToEnd = (): void => {
    view.scroller.scrollTop = view.scroller.scrollHeight;
  };

  const session = createChatSession({
    config,
    storage,
    client: createProxyClient({ proxyPath: config.proxyPath }),
    events: {
      messages(messages) {
        view.log.querySelector('[data-message-id="greeting"]')?.remove();
        for (const message of messages) {
          view.log.append(
            renderMessage({
              message,
              t,
              locale: config.locale,
              canRate: true,
              onVote: session.vote,
              announce,
            }),
          );
        }
        const last = messages[messages.length - 1];
        renderChips(last);
        scrollToEnd();
        const replies = messages.filter((message) => message.role !== "shopper");
        if (replies.length > 0 && !controller.isOpen()) {
          unread += replies.length;
          if (badge) {
            badge.hidden = false;
            badge.textContent = String(unread);
          }
        }
        const spoken = replies[replies.length - 1];
        if (readAloud && spoken && controller.isOpen())
          speak(spoken.text.replace(/[*[\]]|\(https?:[^)]*\)/g, ""), config.locale);
      },
      statusChanged(status) {
        if (status === "closed") view.csat.hidden = false;
      },
      busy(waiting) {
        view.typing.hidden = !waiting;
        view.scroller.setAttribute("aria-busy", String(waiting));
        if (waiting) scrollToEnd();
      },
      failed(error, retry) {
        showError(error, retry);
      },
      recovered: hideBanner,
      needsConsent() {
        view.consent.hidden = false;
        view.form.hidden = true;
        view.consentAgree.focus();
      },
      suggested(questions) {
        // A question the assistant just asked keeps its own quick replies.
        if (view.chips.childElementCount > 0) return;
        view.chips.append(renderQuickReplies(questions, t, (text) => void submit(text)));
      },
      cleared() {
        view.log.replaceChildren();
        view.chips.replaceChildren();
        view.csat.hidden = true;
        showGreeting();
      },
    },
  });

  function showGreeting(): void {
    if (view.log.childElementCount > 0 || !config.greeting) return;
    const greeting: ChatMessage = {
      id: "greeting",
      role: "assistant",
      text: config.greeting,
      createdAt: "",
      cards: [],
      quickReplies: [],
      authorName: null,
    };
    view.log.append(
      renderMessage({
        message: greeting,
        t,
        locale: config.locale,
        canRate: false,
        onVote: session.vote,
        announce,
      }),
    );
  }

  /** Sends and keeps the words safe: on failure they go back into the composer. */
  async function submit(text: string): Promise<void> {
    const trimmed = text.trim();
    if (trimmed === "") return;
    stopListening();
    const typedBefore = view.input.value;
    view.input.value = "";
    updateCounter();
    const pending = renderMessage({
      message: {
        id: "pending",
        role: "shopper",
        text: trimmed,
        createdAt: "",
        cards: [],
        quickReplies: [],
        authorName: null,
      },
      t,
      locale: config.locale,
      canRate: false,
      onVote: session.vote,
      announce,
    });
    pending.classList.add("pending");
    pending.setAttribute("aria-label", t("sending"));
    view.chips.replaceChildren();
    view.log.append(pending);
    scrollToEnd();
    const result = await session.send(trimmed);
    pending.remove();
    if (result === "failed") {
      const typedSince = view.input.value;
      view.input.value =
        typedSince.trim() === ""
          ? typedBefore.trim() === trimmed
            ? typedBefore
            : trimmed
          : `${trimmed} ${typedSince}`;
      updateCounter();
      view.input.focus();
    } else {
      storage.remove("draft");
    }
  }

  function updateCounter(): void {
    const length = [...view.input.value].length;
    const near = length > MAX_MESSAGE_LENGTH * 0.9;
    view.counter.hidden = !near;
    view.counter.textContent = near ? t("counter", { count: length, max: MAX_MESSAGE_LENGTH }) : "";
    view.counter.classList.toggle("over", length > MAX_MESSAGE_LENGTH);
    view.input.style.height = "auto";
    view.input.style.height = `${Math.min(view.input.scrollHeight, 140)}px`;
  }

  view.form.addEventListener("submit", (event) => {
    event.preventDefault();
    void submit(view.input.value);
  });
  view.input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      void submit(view.input.value);
    }
  });
  view.input.addEventListener("input", () => {
    // Typing while the microphone is on means the shopper switched to text.
    stopListening();
    updateCounter();
    storage.set("draft", view.input.value);
  });
  view.input.value = storage.get("draft") ?? "";

  function stopListening(): void {
    listening?.stop();
    listening = null;
    view.mic?.setAttribute("aria-pressed", "false");
    view.mic?.setAttribute("aria-label", t("voice.start"));
  }
  function setReadAloud(on: boolean): void {
    readAloud = on && canSpeak();
    view.readAloud?.setAttribute("aria-pressed", String(readAloud));
    storage.set("voice", readAloud ? "on" : "off");
    if (!readAloud) stopSpeaking();
  }
  setReadAloud(readAloud);
  view.readAloud?.addEventListener("click", () => setReadAloud(!readAloud));
  view.mic?.addEventListener("click", () => {
    if (listening) return stopListening();
    stopSpeaking();
    const typed = view.input.value;
    listening = listen({
      language: config.locale,
      onInterim: (heard) => {
        view.input.value = typed.trim() === "" ? heard : `${typed.trim()} ${heard}`;
      },
      onFinal: (heard) => {
        listening = null;
        // Speaking a question means the shopper likely wants to hear the answer too.
        setReadAloud(true);
        void submit(typed.trim() === "" ? heard : `${typed.trim()} ${heard}`);
      },
      onEnd: (failed) => {
        if (failed) showBanner(t("voice.failed"), null);
        listening = null;
        view.mic?.setAttribute("aria-pressed", "false");
        view.mic?.setAttribute("aria-label", t("voice.start"));
      },
    });
    if (listening) {
      view.mic?.setAttribute("aria-pressed", "true");
      view.mic?.setAttribute("aria-label", t("voice.stop"));
      announce(t("voice.listening"));
    }
  });

  view.consentAgree.addEventListener("click", () => {
    storage.set("consent", "yes");
    storage.persist();
    view.consent.hidden = true;
    view.form.hidden = false;
    view.input.focus();
    void session.start().then((started) => started && showGreeting());
  });
  view.consentDecline.addEventListener("click", () => {
    view.consent.hidden = true;
    showNotice(t("consent.declined"));
    view.close.focus();
  });

  view.rate.addEventListener("click", () => {
    view.csat.hidden = !view.csat.hidden;
    if (!view.csat.hidden) view.csatButtons[0]?.focus();
  });
  for (const star of view.csatButtons) {
    star.addEventListener("click", () => {
      const score = Number(star.dataset.score);
      void session.rate(score).then((saved) => {
        if (!saved) return;
        view.csat.hidden = true;
        showNotice(t("csat.thanks"));
        view.input.focus();
      });
    });
  }

  view.remove.addEventListener("click", () => {
    view.confirmDelete.hidden = false;
    view.confirmNo.focus();
  });
  view.confirmNo.addEventListener("click", () => {
    view.confirmDelete.hidden = true;
    view.remove.focus();
  });
  view.confirmYes.addEventListener("click", () => {
    void session.remove().then((removed) => {
      view.confirmDelete.hidden = true;
      if (!removed) return;
      view.input.value = "";
      showNotice(t("remove.done"));
      view.input.focus();
    });
  });
  view.close.addEventListener("click", () => controller.close());

  view.panel.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      event.stopPropagation();
      controller.close();
      return;
    }
    // Full screen on a phone is modal: Tab stays inside the panel.
    if (event.key === "Tab" && window.matchMedia(MOBILE).matches) {
      const focusable = [
        ...view.panel.querySelectorAll<HTMLElement>(
          "button:not([disabled]), textarea, a[href], [tabindex='0']",
        ),
      ].filter((element) => element.offsetParent !== null);
      const first = focusable[0];
      const last = focusable[focusable.length - 1];
      const active = shadow.activeElement;
      if (event.shiftKey && active === first) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && active === last) {
        event.preventDefault();
        first?.focus();
      }
    }
  });

  const syncModal = (): void => {
    const mobile = window.matchMedia(MOBILE).matches;
    if (mobile) view.panel.setAttribute("aria-modal", "true");
    else view.panel.removeAttribute("aria-modal");
  };
  window.matchMedia(MOBILE).addEventListener("change", syncModal);
  syncModal();

  const controller: ChatController = {
    open() {
      view.panel.hidden = false;
      launcher.setAttribute("aria-expanded", "true");
      launcher.classList.add("is-open");
      storage.set("open", "1");
      unread = 0;
      if (badge) badge.hidden = true;
      scrollToEnd();
      if (session.consentMissing()) {
        view.consent.hidden = false;
        view.form.hidden = true;
        view.consentAgree.focus();
        return;
      }
      view.input.focus();
      void session.start().then((started) => {
        if (started) showGreeting();
        scrollToEnd();
      });
    },
    close() {
      stopListening();
      stopSpeaking();
      view.panel.hidden = true;
      launcher.setAttribute("aria-expanded", "false");
      launcher.classList.remove("is-open");
      storage.remove("open");
      launcher.focus();
    },
    isOpen: () => !view.panel.hidden,
  };
  // A returning shopper's history is fetched now so replies that arrived meanwhile show a badge.
  if (storage.get("conversation") && !session.consentMissing()) void session.start();
  return controller;
}

window[CHAT_GLOBAL] = { mount };
window.dispatchEvent(new Event(CHAT_READY_EVENT));
