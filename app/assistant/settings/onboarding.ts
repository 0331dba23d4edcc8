import type { PrismaClient } from "@prisma/client";
import { z } from "zod";
import { recordAudit } from "../audit";
import { readShopSettings } from "./shop-settings";
import { forgetShopSettings } from "../shops/shop-cache";

export const ONBOARDING_STEPS = ["embed", "faq", "languages", "zendesk", "privacy"] as const;
export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];

export interface Onboarding {
  steps: Record<OnboardingStep, boolean>;
  done: number;
  total: number;
}

/**
 * What the merchant has set up, from what the app can see: the embed is on once a shopper chatted
 * (or the merchant said so after switching it on), the FAQ has entries, the languages section was
 * saved, Zendesk is connected, the privacy section was saved or reviewed.
 */
export async function readOnboarding(options: {
  prisma: PrismaClient;
  shop: string;
}): Promise<Onboarding> {
  const { prisma, shop } = options;
  const [settings, conversation, faqEntries, savedSections] = await Promise.all([
    readShopSettings({ prisma, shop }),
    prisma.conversation.findFirst({ where: { shop }, select: { id: true } }),
    prisma.faqEntry.count({ where: { shop } }),
    prisma.auditLog.findMany({
      where: { shop, action: "settings.updated", subject: { in: ["languages", "privacy"] } },
      select: { subject: true },
      distinct: ["subject"],
    }),
  ]);
  const saved = new Set(savedSections.map((row) => row.subject));
  const steps: Record<OnboardingStep, boolean> = {
    embed: Boolean(conversation) || settings.onboarding.embedConfirmedAt !== null,
    faq: faqEntries > 0,
    languages: saved.has("languages"),
    zendesk: settings.escalation.zendesk !== null,
    privacy: saved.has("privacy") || settings.onboarding.privacyReviewedAt !== null,
  };
  return {
    steps,
    done: Object.values(steps).filter(Boolean).length,
    total: ONBOARDING_STEPS.length,
  };
}

export const ConfirmableStepSchema = z.enum(["embed", "privacy"]);

/** The merchant says a step is done that the app cannot see (the embed switched on, privacy read). */
export async function confirmOnboardingStep(options: {
  prisma: PrismaClient;
  shop: string;
  actor: string;
  step: z.infer<typeof ConfirmableStepSchema>;
}): Promise<void> {
  const { prisma, shop } = options;
  const settings = await readShopSettings({ prisma, shop });
  const at = new Date().toISOString();
  const onboarding =
    options.step === "embed"
      ? { ...settings.onboarding, embedConfirmedAt: at }
      : { ...settings.onboarding, privacyReviewedAt: at };
  const text = JSON.stringify({ ...settings, onboarding });
  await prisma.$transaction(async (transaction) => {
    await transaction.shop.upsert({
      where: { domain: shop },
      create: { domain: shop, settings: text },
      update: { settings: text },
    });
    await recordAudit({
      prisma: transaction,
      shop,
      actor: options.actor,
      action: "onboarding.updated",
      subject: options.step,
    });
  });
  forgetShopSettings(shop);
}
