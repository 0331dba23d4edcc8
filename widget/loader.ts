/**
 * The only script a storefront pays for before the shopper shows intent: it paints the launcher
 * and loads the chat bundle on click, hover, keyboard focus, or when the browser is idle and
 * this shopper already has a conversation.
 */
import { CHAT_GLOBAL, CHAT_READY_EVENT, HOST_ID } from "./chat-contract";
import type { ChatBundle, ChatController } from "./chat-contract";
import { isRightToLeft, readableTextOn, readConfig, resolveAppearance } from "./config";
import type { Appearance } from "./config";
import { watchNudges } from "./nudges";
import { createShopperStorage } from "./storage";
import { fetchStorefrontSettings } from "./storefront-settings";
import type { StorefrontSettings } from "./storefront-settings";

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
.nudge{position:fixed;bottom:80px;inset-inline-end:20px;z-index:2147483000;display:flex;align-items:flex-start;gap:2px;max-width:min(300px,calc(100vw - 40px));
padding:4px;border-radius:12px;background:#fff;color:#1a1a1a;box-shadow:0 6px 24px rgba(0,0,0,.25);border-inline-start:4px solid var(--accent);font:15px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif}
.nudge.start{inset-inline-end:auto;inset-inline-start:20px}
.nudge button{border:0;background:transparent;color:inherit;font:inherit;cursor:pointer;border-radius:8px}
.nudge .open{flex:1;padding:8px 10px;text-align:start}
.nudge .dismiss{width:32px;height:32px;font-size:20px;line-height:1}
.nudge button:focus-visible{outline:3px solid #1a1a1a;outline-offset:-3px}
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
  const consentGiven = (): boolean => storage.get("consent") === "yes";
  const host = document.createElement("div");
  host.id = HOST_ID;
  host.dir = isRightToLeft(config.locale, document) ? "rtl" : "ltr";
  host.lang = config.locale;
  const shadow = host.attachShadow({ mode: "open" });
  const style = document.createElement("style");
  style.textContent = LAUNCHER_CSS;
  const launcher = document.createElement("button");
  launcher.type = "button";
  let appearance: Appearance = resolveAppearance(config, null);
  const applyAppearance = (next: Appearance): void => {
    appearance = next;
    host.style.setProperty("--accent", next.accent);
    host.style.setProperty("--on-accent", readableTextOn(next.accent));
    launcher.classList.toggle("start", next.position === "bottom-left");
    nudge?.classList.toggle("start", next.position === "bottom-left");
  };
  let nudge: HTMLElement | null = null;
  launcher.className = "launcher";
  applyAppearance(appearance);
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

  // Nothing reaches the app before consent where the embed asks for it; the theme editor's
  // appearance (or the built-in one) shows until then.
  const settings: Promise<StorefrontSettings | null> =
    config.consentRequired && !consentGiven()
      ? Promise.resolve(null)
      : fetchStorefrontSettings({ proxyPath: config.proxyPath, locale: config.locale });
  // Waiting briefly for the app's appearance keeps the launcher from jumping sides after it shows;
  // the host is in the page at once, so a second copy of the loader still finds it.
  // An inline style, because the shadow root's `:host{all:initial}` would undo the hidden attribute.
  if (config.position === null || config.accent === null) host.style.display = "none";
  document.body.append(host);
  const paint = (): void => {
    host.style.removeProperty("display");
  };
  const paintAnyway = setTimeout(paint, 1200);
  void settings.then((answer) => {
    clearTimeout(paintAnyway);
    if (answer) applyAppearance(resolveAppearance(config, answer.appearance));
    paint();
    if (!answer || answer.triggers.length === 0) return;
    watchNudges({
      triggers: answer.triggers,
      nudgesPerDay: answer.nudgesPerDay,
      storage,
      consentMissing: () => (config.consentRequired || answer.consentRequired) && !consentGiven(),
      chatInUse: () => launcher.getAttribute("aria-expanded") === "true",
      show: showNudge,
    });
  });

  const showNudge = (message: string): void => {
    nudge?.remove();
    const open = document.createElement("button");
    open.type = "button";
    open.className = "open";
    open.textContent = message;
    const dismiss = document.createElement("button");
    dismiss.type = "button";
    dismiss.className = "dismiss";
    dismiss.setAttribute("aria-label", config.dismissLabel);
    dismiss.textContent = "\u00d7";
    nudge = document.createElement("div");
    nudge.className = "nudge";
    nudge.setAttribute("role", "status");
    nudge.append(open, dismiss);
    applyAppearance(appearance);
    shadow.append(nudge);
    // The panel greets with the same words, so opening from the nudge continues its thought.
    config.greeting = message;
    open.addEventListener("click", () => {
      hideNudge();
      launcher.click();
    });
    dismiss.addEventListener("click", () => {
      hideNudge();
      launcher.focus();
    });
  };
  const hideNudge = (): void => {
    nudge?.remove();
    nudge = null;
  };

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
    hideNudge();
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
