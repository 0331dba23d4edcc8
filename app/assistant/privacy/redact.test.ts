import { describe, expect, it } from "vitest";
import { passesLuhn, redactText } from "./redact";

describe("passesLuhn", () => {
  it("accepts real test card numbers and rejects a changed digit", () => {
    expect(passesLuhn("4111111111111111")).toBe(true);
    expect(passesLuhn("5555555555554444")).toBe(true);
    expect(passesLuhn("4111111111111112")).toBe(false);
  });
});

describe("redactText", () => {
  it("removes Luhn-valid card numbers written with spaces or dashes", () => {
    const { text, removed } = redactText("my card is 4111 1111 1111 1111 and 5555-5555-5555-4444");
    expect(text).toBe("my card is [card number removed] and [card number removed]");
    expect(removed.card_number).toBe(2);
  });

  it("keeps long numbers that fail Luhn, like tracking numbers, and short order numbers", () => {
    const input = "Tracking 1234567890123456 for order #1001";
    expect(redactText(input).text).toBe(input);
  });

  it("removes passwords typed in several languages", () => {
    expect(redactText("my password is hunter2!").text).toBe("my password is [password removed]");
    expect(redactText("Passwort: geheim123").text).toBe("Passwort: [password removed]");
    expect(redactText("mon mot de passe est azerty").text).toBe(
      "mon mot de passe est [password removed]",
    );
    expect(redactText("mi contraseña es 'perro42'").text).toBe(
      "mi contraseña es '[password removed]'",
    );
  });

  it("removes third parties' emails and phones but keeps the shopper's own", () => {
    const { text, removed } = redactText(
      "I'm ada@shopper.example, +44 20 7946 0958. Send it to bob@friend.example or call 020 7946 0000",
      { keepEmails: ["ADA@shopper.example"], keepPhones: ["+442079460958"] },
    );
    expect(text).toBe(
      "I'm ada@shopper.example, +44 20 7946 0958. Send it to [email removed] or call [phone removed]",
    );
    expect(removed).toEqual({ email: 1, phone: 1 });
  });

  it("removes addresses only when the shop asks for it", () => {
    const input = "Deliver to 221B Baker Street, or 12 rue de la Paix, or Hauptstraße 5 please";
    expect(redactText(input).text).toBe(input);
    expect(redactText(input, { redactAddresses: true }).text).toBe(
      "Deliver to [address removed], or [address removed], or [address removed] please",
    );
  });

  it("leaves ordinary text alone", () => {
    const input = "Where is my order #1042? I ordered 2 shirts on 12/03.";
    expect(redactText(input, { redactAddresses: true })).toEqual({ text: input, removed: {} });
  });
});

describe("redactText, words around passwords", () => {
  it("keeps talk about a password that is not one", () => {
    const input = "my password doesn't work, I forgot my password";
    expect(redactText(input).text).toBe(input);
  });
});

describe("redactText, numbers that are not phone numbers", () => {
  it("keeps dates written with dots, slashes or dashes", () => {
    const input = "I ordered on 04.03.2026, it was due 4/3/26 or 2026-03-04 at the latest";
    expect(redactText(input)).toEqual({ text: input, removed: {} });
  });

  it("keeps long order numbers after # or an order word, in several languages", () => {
    const input =
      "Order #123456789, order no. 1234567890, Bestellung 987654321, commande n° 5556667778, 订单 123456789";
    expect(redactText(input)).toEqual({ text: input, removed: {} });
  });

  it("still removes phone numbers written next to a date or an order number", () => {
    const { text, removed } = redactText(
      "Order #123456789 from 04.03.2026 — call me on +49 30 1234567 or (555) 123-4567 or 555.123.4567",
    );
    expect(text).toBe(
      "Order #123456789 from 04.03.2026 — call me on [phone removed] or [phone removed] or [phone removed]",
    );
    expect(removed).toEqual({ phone: 3 });
  });
});
