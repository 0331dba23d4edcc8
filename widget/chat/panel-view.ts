/** The chat panel's DOM: built once, then updated by the session through the returned handles. */
import type { TFunction } from "i18next";
import { button, h, icon, ICONS } from "./dom";
import { MAX_MESSAGE_LENGTH } from "./proxy-client";

export interface PanelView {
  panel: HTMLElement;
  /** The scrolling live region around the message list. */
  scroller: HTMLElement;
  log: HTMLOListElement;
  chips: HTMLElement;
  typing: HTMLElement;
  banner: HTMLElement;
  bannerText: HTMLElement;
  bannerRetry: HTMLButtonElement;
  notice: HTMLElement;
  status: HTMLElement;
  consent: HTMLElement;
  consentAgree: HTMLButtonElement;
  consentDecline: HTMLButtonElement;
  confirmDelete: HTMLElement;
  confirmYes: HTMLButtonElement;
  confirmNo: HTMLButtonElement;
  csat: HTMLElement;
  csatButtons: HTMLButtonElement[];
  form: HTMLFormElement;
  input: HTMLTextAreaElement;
  counter: HTMLElement;
  send: HTMLButtonElement;
  mic: HTMLButtonElement | null;
  readAloud: HTMLButtonElement | null;
  rate: HTMLButtonElement;
  remove: HTMLButtonElement;
  close: HTMLButtonElement;
}

export interface PanelViewOptions {
  t: TFunction;
  title: string;
  voiceInput: boolean;
  voiceOutput: boolean;
}

export function createPanelView(options: PanelViewOptions): PanelView {
  const { t } = options;
  const iconButton = (
    label: string,
    path: string,
    extra: Record<string, string> = {},
  ): HTMLButtonElement =>
    button("", { class: "icon-button", "aria-label": label, title: label, ...extra }, icon(path));

  const readAloud = options.voiceOutput
    ? iconButton(t("voice.readAloud"), ICONS.speaker, { "aria-pressed": "false" })
    : null;
  const rate = iconButton(t("csat.action"), ICONS.star);
  const remove = iconButton(t("remove.action"), ICONS.trash);
  const close = iconButton(t("close"), ICONS.close);
  const titleId = "concierge-title";
  const header = h(
    "header",
    { class: "head" },
    h("h2", { id: titleId }, options.title),
    h(
      "div",
      { class: "tools", role: "group", "aria-label": t("menu") },
      readAloud,
      rate,
      remove,
      close,
    ),
  );

  const log = h("ol", { class: "messages" });
  const scroller = h(
    "div",
    {
      class: "log",
      role: "log",
      "aria-live": "polite",
      "aria-label": t("conversation"),
      tabindex: "0",
    },
    log,
  );
  const chips = h("div", { class: "chip-row" });
  const typing = h(
    "div",
    { class: "typing", hidden: true },
    h("span", { class: "dots", "aria-hidden": "true" }, h("i"), h("i"), h("i")),
    h("span", { class: "visually-hidden" }, t("typing")),
  );
  const status = h("div", { class: "visually-hidden", role: "status" });

  const consentAgree = button(t("consent.agree"), { class: "primary" });
  const consentDecline = button(t("consent.decline"), { class: "secondary" });
  const consent = h(
    "div",
    { class: "sheet", hidden: true },
    h("p", {}, t("consent.text")),
    h("div", { class: "row" }, consentAgree, consentDecline),
  );

  const confirmYes = button(t("remove.yes"), { class: "danger" });
  const confirmNo = button(t("remove.no"), { class: "secondary" });
  const confirmDelete = h(
    "div",
    { class: "sheet", role: "alertdialog", "aria-label": t("remove.action"), hidden: true },
    h("p", {}, t("remove.confirm")),
    h("div", { class: "row" }, confirmYes, confirmNo),
  );

  const csatButtons = [1, 2, 3, 4, 5].map((score) =>
    button(
      "",
      {
        class: "star",
        "aria-label": t("csat.star", { count: score }),
        title: t("csat.star", { count: score }),
        "data-score": String(score),
      },
      icon(ICONS.star),
    ),
  );
  const csat = h(
    "div",
    { class: "sheet csat", hidden: true },
    h("p", { id: "concierge-csat-q" }, t("csat.question")),
    h(
      "div",
      { class: "row", role: "group", "aria-labelledby": "concierge-csat-q" },
      ...csatButtons,
    ),
  );

  const bannerText = h("span");
  const bannerRetry = button(t("retry"), { class: "secondary small", hidden: true });
  const banner = h(
    "div",
    { class: "banner", role: "alert", hidden: true },
    bannerText,
    bannerRetry,
  );
  const notice = h("div", { class: "notice", role: "status", hidden: true });

  const input = h("textarea", {
    id: "concierge-input",
    rows: "1",
    placeholder: t("placeholder"),
    maxlength: String(MAX_MESSAGE_LENGTH * 2),
    "aria-describedby": "concierge-counter",
    autocomplete: "off",
  });
  const counter = h("div", { id: "concierge-counter", class: "counter", hidden: true });
  const mic = options.voiceInput
    ? iconButton(t("voice.start"), ICONS.mic, { "aria-pressed": "false", class: "icon-button mic" })
    : null;
  const send = button(
    "",
    { type: "submit", class: "send", "aria-label": t("send"), title: t("send") },
    icon(ICONS.send),
  );
  const form = h(
    "form",
    { class: "composer" },
    h("label", { for: "concierge-input", class: "visually-hidden" }, t("messageLabel")),
    input,
    mic,
    send,
  );

  const panel = h(
    "section",
    { class: "panel", role: "dialog", "aria-labelledby": titleId, hidden: true },
    header,
    scroller,
    typing,
    chips,
    consent,
    confirmDelete,
    csat,
    banner,
    notice,
    counter,
    form,
    status,
  );
  return {
    panel,
    scroller,
    log,
    chips,
    typing,
    banner,
    bannerText,
    bannerRetry,
    notice,
    status,
    consent,
    consentAgree,
    consentDecline,
    confirmDelete,
    confirmYes,
    confirmNo,
    csat,
    csatButtons,
    form,
    input,
    counter,
    send,
    mic,
    readAloud,
    rate,
    remove,
    close,
  };
}
