/**
 * The only script a storefront pays for before the shopper shows intent: it paints the launcher
 * and loads the chat bundle on click, hover, keyboard focus, or when the browser is idle and
 * this shopper already has a conversation.
 */
import { CHAT_GLOBAL, CHAT_READY_EVENT, HOST_ID } from "./chat-contract";
import type { ChatBundle, ChatController } from "./chat-contract";
import { isRightToLeft, readableTextOn, readConfig } from "./config";
import { createShopperStorage } from "./storage";

const LAUNCHER_CSS = `
:host{all:initial}
.launcher{position:fixed;bottom:20px;inset-inline-end:20px;z-index:2147483000;display:inline-flex;align-items:center;gap:8px;
min-height:48px;padding:0 18px;border:0;border-radius:24px;font:600 15px/1.2 system-ui,-apple-system,"Segoe UI",sans-serif;
background:var(--accent);color:var(--on-accent);box-shadow:0 4px 14px rgba(0,0,0,.25);cursor:pointer}
.launcher.start{inset-inline-end:auto;inset-inline-start:20px}
.launcher:focus-visible{outline:3px solid var(--on-accent);outline-offset:-6px;box-shadow:0 0 0 3px var(--accent),0 4px 14px rgba(0,0,0,.25)}
.launcher svg{width:22px;height:22px;flex:none}
.badge{min-width:20px;height:20px;border-radius:10px;background:#b3261e;color:#fff;font-size:12px;line-height:20px;text-align:center}
.badge[hidden]{display:none}
@media (prefers-reduced-motion:no-preference){.launcher{transition:transform .15s}.launcher:hover{transform:translateY(-2px)}}
`;

const CHAT_ICON =
  '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2z"/></svg>';

function mountLoader(): void {
  if (document.getElementById(HOST_ID)) return;
  const config = readConfig(document);
  if (!config) return;

  const storage = createShopperStorage({
    mayPersist: () => !config.consentRequired || storage.get("consent") === "yes",
  });
  const host = document.createElement("div");
  host.id = HOST_ID;
  host.dir = isRightToLeft(config.locale, document) ? "rtl" : "ltr";
  host.lang = config.locale;
  host.style.setProperty("--accent", config.accent);
  host.style.setProperty("--on-accent", readableTextOn(config.accent));
  const shadow = host.attachShadow({ mode: "open" });
  const style = document.createElement("style");
  style.textContent = LAUNCHER_CSS;
  const launcher = document.createElement("button");
  launcher.type = "button";
  launcher.className = config.position === "bottom-left" ? "launcher start" : "launcher";
  launcher.setAttribute("aria-haspopup", "dialog");
  launcher.setAttribute("aria-expanded", "false");
  launcher.innerHTML = CHAT_ICON;
  const label = document.createElement("span");
  label.textContent = config.launcherLabel;
  const badge = document.createElement("span");
  badge.className = "badge";
  badge.hidden = true;
  launcher.append(label, badge);
  shadow.append(style, launcher);
  document.body.append(host);

  let chat: Promise<ChatController> | null = null;
  const loadChat = (): Promise<ChatController> => {
    chat ??= new Promise<ChatBundle>((resolve, reject) => {
      const ready = window[CHAT_GLOBAL];
      if (ready) return resolve(ready);
      window.addEventListener(
        CHAT_READY_EVENT,
        () => {
          const bundle = window[CHAT_GLOBAL];
          if (bundle) resolve(bundle);
        },
        { once: true },
      );
      const script = document.createElement("script");
      script.src = config.chatSrc;
      script.async = true;
      script.onerror = () => reject(new Error("chat bundle failed to load"));
      document.head.append(script);
    }).then(
      (bundle) => bundle.mount({ config, shadow, launcher, storage }),
      (error: unknown) => {
        chat = null;
        throw error;
      },
    );
    return chat;
  };

  launcher.addEventListener("click", () => {
    launcher.setAttribute("aria-busy", "true");
    loadChat()
      .then((controller) => (controller.isOpen() ? controller.close() : controller.open()))
      .catch(() => undefined)
      .finally(() => launcher.removeAttribute("aria-busy"));
  });
  const preload = (): void => void loadChat().catch(() => undefined);
  for (const intent of ["pointerenter", "focus", "touchstart"]) {
    launcher.addEventListener(intent, preload, { once: true, passive: true });
  }

  // A returning shopper's conversation (or a panel left open on the previous page) resumes once
  // the page is idle; a first-time visitor costs nothing more than the launcher.
  if (storage.get("conversation") || storage.get("open") === "1") {
    const resume = (): void => {
      const idle =
        window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 1500));
      idle(() => {
        loadChat()
          .then((controller) => {
            if (storage.get("open") === "1") controller.open();
          })
          .catch(() => undefined);
      });
    };
    if (document.readyState === "complete") resume();
    else window.addEventListener("load", resume, { once: true });
  }
}

if (document.readyState === "loading")
  document.addEventListener("DOMContentLoaded", mountLoader, { once: true });
else mountLoader();
