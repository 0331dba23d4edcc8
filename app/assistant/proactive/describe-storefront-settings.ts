import type { ShopSettings } from "../settings";

/** A nudge the widget watches for, as the storefront receives it. */
export interface StorefrontTrigger {
  kind: ShopSettings["proactive"]["triggers"][number]["kind"];
  delaySeconds: number;
  message: string;
  minimumCartValue: number | null;
}

export interface StorefrontSettings {
  consentRequired: boolean;
  voice: boolean;
  /** The merchant's greeting in the shopper's language; null for the widget's own. */
  greeting: string | null;
  appearance: ShopSettings["widget"];
  nudgesPerDay: number;
  /** Only the triggers the merchant switched on; an empty list means the widget watches nothing. */
  triggers: StorefrontTrigger[];
}

/**
 * What the storefront widget learns of a shop's settings (docs/storefront-api.md): consent, voice,
 * the greeting, the merchant's appearance defaults and the nudges that are on. Nothing here is
 * about a shopper, so every visitor of the shop gets the same answer.
 */
export function describeStorefrontSettings(options: {
  settings: ShopSettings;
  greeting: string | null;
}): StorefrontSettings {
  const { settings, greeting } = options;
  return {
    consentRequired: settings.privacy.consentRequired,
    voice: settings.widget.voice,
    greeting,
    appearance: settings.widget,
    nudgesPerDay: settings.proactive.nudgesPerDay,
    triggers: settings.proactive.triggers
      .filter(
        (trigger) =>
          trigger.enabled &&
          trigger.message !== "" &&
          (trigger.kind !== "cart_value" || trigger.minimumCartValue !== null),
      )
      .map(({ kind, delaySeconds, message, minimumCartValue }) => ({
        kind,
        delaySeconds,
        message,
        minimumCartValue,
      })),
  };
}
