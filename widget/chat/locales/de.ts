import type { WidgetStrings } from "./en";

export const de: WidgetStrings = {
  title: "Chatten Sie mit uns",
  close: "Chat schließen",
  menu: "Optionen für das Gespräch",
  send: "Senden",
  messageLabel: "Ihre Nachricht",
  placeholder: "Nachricht eingeben…",
  conversation: "Gespräch",
  typing: "Der Assistent schreibt…",
  you: "Sie",
  assistant: "Assistent",
  person: "Teammitglied",
  sending: "Wird gesendet…",
  counter: "{{count}} von {{max}} Zeichen",
  quickReplies: "Vorgeschlagene Antworten",
  errors: {
    offline:
      "Sie sind offline. Ihre Nachricht bleibt erhalten; senden Sie sie erneut, sobald Sie verbunden sind.",
    rate_limited:
      "Sie senden sehr schnell Nachrichten. Bitte warten Sie {{seconds}} Sekunden und versuchen Sie es erneut.",
    server_error:
      "Bei uns ist etwas schiefgelaufen. Ihre Nachricht bleibt erhalten; bitte versuchen Sie es erneut.",
    too_large: "Diese Nachricht ist zu lang. Bitte bleiben Sie unter {{max}} Zeichen.",
    invalid:
      "Diese Nachricht konnte nicht gesendet werden. Bitte prüfen Sie sie und versuchen Sie es erneut.",
    malformed: "Wir haben eine unlesbare Antwort erhalten. Bitte versuchen Sie es erneut.",
    not_found: "Dieses Gespräch ist beendet. Senden Sie eine Nachricht, um ein neues zu beginnen.",
  },
  retry: "Erneut versuchen",
  consent: {
    text: "Für den Chat speichern wir eine Gesprächs-ID in Ihrem Browser und Ihre Nachrichten, um Ihnen zu antworten.",
    agree: "Zustimmen und chatten",
    decline: "Nein danke",
    declined: "Kein Problem: Es wurde nichts gespeichert. Sie können jederzeit zurückkommen.",
  },
  remove: {
    action: "Dieses Gespräch löschen",
    confirm: "Dieses Gespräch und alle Nachrichten löschen?",
    yes: "Löschen",
    no: "Abbrechen",
    done: "Das Gespräch wurde gelöscht.",
  },
  csat: {
    action: "Diesen Chat bewerten",
    question: "Wie bewerten Sie dieses Gespräch?",
    star: "{{count}} von 5",
    thanks: "Vielen Dank für Ihr Feedback!",
  },
  feedback: { up: "Hilfreich", down: "Nicht hilfreich", thanks: "Danke für Ihre Rückmeldung." },
  product: {
    add: "In den Warenkorb",
    adding: "Wird hinzugefügt…",
    added: "Im Warenkorb",
    failed: "Konnte nicht hinzugefügt werden. Bitte erneut versuchen.",
    soldOut: "Ausverkauft",
  },
  order: {
    placed: "Bestellt am {{date}}",
    items: "Artikel",
    track: "Sendung verfolgen",
    eta: "Voraussichtlich am {{date}}",
    nextStep: "Nächster Schritt",
  },
  voice: {
    start: "Nachricht diktieren",
    stop: "Zuhören beenden",
    listening: "Hört zu…",
    readAloud: "Antworten vorlesen",
    failed: "Die Spracheingabe wurde beendet. Sie können weiter tippen.",
  },
};
