import type { PrismaClient } from "@prisma/client";
import { z } from "zod";
import {
  conversationContext,
  escalationContext,
  openStored,
  requesterEmailDigest,
  type CipherBox,
} from "../encryption";
import type { CustomerDataRequest } from "./payloads";

const StoredContactSchema = z
  .object({
    contact: z.object({ email: z.string().optional(), phone: z.string().optional() }).nullish(),
  })
  .catch({ contact: null });

const digitsOf = (phone: string) => phone.replace(/\D/g, "");

/**
 * The customer's conversations in one shop: those they had logged in, and guest ones where they
 * gave the same email or phone (to look up an order or to reach a person).
 */
export async function findCustomerConversations(options: {
  prisma: PrismaClient;
  box: CipherBox;
  shop: string;
  customer: CustomerDataRequest["customer"];
}): Promise<string[]> {
  const { prisma, box, shop, customer } = options;
  const email = customer.email?.trim().toLowerCase() || null;
  const phone = customer.phone ? digitsOf(customer.phone) : "";
  const ids = new Set(
    (
      await prisma.conversation.findMany({
        where: { shop, customerId: customer.id },
        select: { id: true },
      })
    ).map((conversation) => conversation.id),
  );
  if (email) {
    // Requester emails are sealed: found by their keyed digest. Rows whose digest predates the
    // active key (or the digest column) are few until `encryption:rotate` runs; they are opened.
    const digest = requesterEmailDigest(box, { shop, email });
    const handedOver = await prisma.escalation.findMany({
      where: {
        shop,
        OR: [
          { requesterEmailDigest: digest },
          { requesterEmailDigest: null, requesterEmail: { not: null } },
          { NOT: { requesterEmailDigest: { startsWith: `${box.activeKeyId}.` } } },
        ],
      },
      select: { id: true, conversationId: true, requesterEmail: true, requesterEmailDigest: true },
    });
    for (const escalation of handedOver) {
      if (escalation.requesterEmailDigest === digest) {
        ids.add(escalation.conversationId);
        continue;
      }
      let stored: string;
      try {
        stored = openStored(box, escalation.requesterEmail ?? "", {
          context: escalationContext({ shop, escalationId: escalation.id }),
        });
      } catch {
        continue;
      }
      if (stored.trim().toLowerCase() === email) ids.add(escalation.conversationId);
    }
  }
  if (!email && !phone) return [...ids];

  // Guest contact details live in the sealed dialogue state: read the shop's guest conversations in pages.
  let after = "";
  for (;;) {
    const page = await prisma.conversation.findMany({
      where: { shop, customerId: null, dialogueState: { not: null }, id: { gt: after } },
      select: { id: true, dialogueState: true },
      orderBy: { id: "asc" },
      take: 500,
    });
    if (page.length === 0) break;
    after = page.at(-1)!.id;
    for (const conversation of page) {
      let state: unknown;
      try {
        state = JSON.parse(
          openStored(box, conversation.dialogueState ?? "null", {
            context: conversationContext({ shop, conversationId: conversation.id }),
          }),
        );
      } catch {
        continue;
      }
      const contact = StoredContactSchema.parse(state).contact;
      const sameEmail = email && contact?.email?.trim().toLowerCase() === email;
      const samePhone = phone && contact?.phone && digitsOf(contact.phone) === phone;
      if (sameEmail || samePhone) ids.add(conversation.id);
    }
  }
  return [...ids];
}
