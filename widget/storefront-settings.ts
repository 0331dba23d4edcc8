/**
 * The merchant's settings the loader needs on a page (GET /apps/concierge/widget,
 * docs/storefront-api.md): appearance defaults and the nudges that are on. Parsed by hand, like
 * the embed's config, to keep zod out of the loader; anything unexpected is left out.
 */
import type { Appearance } from "./config";
import { parseAccent, parsePosition } from "./config";

export type TriggerKind = "time_on_page" | "exit_intent" | "cart_idle" | "cart_value";

export interface Trigger {
  kind: TriggerKind;
  delaySeconds: number;
  message: string;
  minimumCartValue: number | null;
}

export interface StorefrontSettings {
  consentRequired: boolean;
  appearance: Partial<Appearance>;
  nudgesPerDay: number;
  triggers: Trigger[];
}

const KINDS: TriggerKind[] = ["time_on_page", "exit_intent", "cart_idle", "cart_value"];
const TIMEOUT_MS = 4000;

type Shape = Record<string, unknown>;
const shape = (value: unknown): Shape =>
  typeof value === "object" && value !== null ? (value as Shape) : {};
const positiveNumber = (value: unknown): number | null =>
  typeof value === "number" && Number.isFinite(value) && value > 0 ? value : null;

function parseTrigger(value: unknown): Trigger | null {
  const source = shape(value);
  const kind = KINDS.find((known) => known === source.kind);
  const delaySeconds = positiveNumber(source.delaySeconds);
  const message = typeof source.message === "string" ? source.message.trim() : "";
  const minimumCartValue = positiveNumber(source.minimumCartValue);
  if (!kind || delaySeconds === null || message === "") return null;
  if (kind === "cart_value" && minimumCartValue === null) return null;
  return { kind, delaySeconds, message, minimumCartValue };
}

export function parseStorefrontSettings(value: unknown): StorefrontSettings {
  const source = shape(value);
  const appearance = shape(source.appearance);
  const position = parsePosition(appearance.position);
  const accent = parseAccent(appearance.accent);
  return {
    consentRequired: source.consentRequired === true,
    appearance: { ...(position ? { position } : {}), ...(accent ? { accent } : {}) },
    nudgesPerDay: Math.floor(positiveNumber(source.nudgesPerDay) ?? 0),
    triggers: (Array.isArray(source.triggers) ? source.triggers : [])
      .map(parseTrigger)
      .filter((trigger): trigger is Trigger => trigger !== null),
  };
}

/** The shop's settings, or null when the app cannot be reached in time (the widget still works). */
export async function fetchStorefrontSettings(options: {
  proxyPath: string;
  locale: string;
}): Promise<StorefrontSettings | null> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const response = await fetch(
      `${options.proxyPath.replace(/\/$/, "")}/widget?locale=${encodeURIComponent(options.locale)}`,
      { headers: { Accept: "application/json" }, signal: controller.signal },
    );
    return response.ok ? parseStorefrontSettings(await response.json()) : null;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}
