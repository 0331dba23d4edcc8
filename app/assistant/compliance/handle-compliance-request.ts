import type { PrismaClient } from "@prisma/client";
import {
  complianceRequestContext,
  conversationContext,
  openStored,
  type CipherBox,
} from "../encryption";
import { eraseConversations } from "./erase-conversations";
import { findCustomerConversations } from "./find-customer-conversations";
import { scrubDeletedRows } from "./scrub-deleted-rows";
import type { CustomerDataRequest, CustomerRedact, ShopRedact } from "./payloads";
import { forgetShop } from "../shops/shop-cache";

function newRequestId(): string {
  return `cr_${crypto.randomUUID().replaceAll("-", "")}`;
}

/**
 * customers/data_request: gathers what Concierge holds about the customer into a readable export,
 * kept sealed for the merchant to hand over.
 */
export async function exportCustomerData(options: {
  prisma: PrismaClient;
  box: CipherBox;
  shop: string;
  request: CustomerDataRequest;
}) {
  const { prisma, box, shop, request } = options;
  const ids = await findCustomerConversations({ prisma, box, shop, customer: request.customer });
  const conversations = await prisma.conversation.findMany({
    where: { shop, id: { in: ids } },
    include: { messages: { orderBy: { seq: "asc" } } },
    orderBy: { createdAt: "asc" },
  });
  const exported = {
    customerId: request.customer.id,
    dataRequestId: request.data_request.id,
    conversations: conversations.map((conversation) => ({
      id: conversation.id,
      startedAt: conversation.createdAt.toISOString(),
      status: conversation.status,
      language: conversation.language,
      csat: conversation.csat,
      messages: conversation.messages.map((message) => ({
        at: message.createdAt.toISOString(),
        from: message.role,
        text: openStored(box, message.body, { context: conversationContext(message) }),
      })),
    })),
  };
  const id = newRequestId();
  await prisma.complianceRequest.create({
    data: {
      id,
      shop,
      topic: "customers/data_request",
      customerId: request.customer.id,
      export: box.seal(JSON.stringify(exported), {
        context: complianceRequestContext({ shop, requestId: id }),
      }),
      summary: JSON.stringify({ conversations: conversations.length }),
    },
  });
  return exported;
}

/** customers/redact: removes the customer's conversations and everything kept about them from this shop. */
export async function redactCustomer(options: {
  prisma: PrismaClient;
  box: CipherBox;
  shop: string;
  request: CustomerRedact;
}) {
  const { prisma, box, shop, request } = options;
  const conversationIds = await findCustomerConversations({
    prisma,
    box,
    shop,
    customer: request.customer,
  });
  const erased = await scrubDeletedRows(prisma, async () => {
    const rows = await eraseConversations({ prisma, shop, conversationIds });
    await prisma.complianceRequest.updateMany({
      where: { shop, customerId: request.customer.id, topic: "customers/data_request" },
      data: { export: null },
    });
    return rows;
  });
  await prisma.complianceRequest.create({
    data: {
      id: newRequestId(),
      shop,
      topic: "customers/redact",
      customerId: request.customer.id,
      summary: JSON.stringify(erased),
    },
  });
}

/** shop/redact, 48 hours after uninstall: nothing of the shop remains but the record that it was erased. */
export async function redactShop(options: {
  prisma: PrismaClient;
  shop: string;
  request: ShopRedact;
}) {
  const { prisma, shop } = options;
  const where = { shop };
  const [messages, conversations] = await scrubDeletedRows(prisma, () =>
    prisma.$transaction([
      prisma.message.deleteMany({ where }),
      prisma.conversation.deleteMany({ where }),
      prisma.escalation.deleteMany({ where }),
      prisma.outboxJob.deleteMany({ where }),
      prisma.zendeskAccount.deleteMany({ where }),
      prisma.conversationSummary.deleteMany({ where }),
      prisma.learningQuestion.deleteMany({ where }),
      prisma.analyticsCursor.deleteMany({ where }),
      prisma.conversationDay.deleteMany({ where }),
      // Staff names and emails are the actors of the audit log.
      prisma.auditLog.deleteMany({ where }),
      prisma.faqEntry.deleteMany({ where }),
      prisma.knowledgeVersion.deleteMany({ where }),
      prisma.answerVote.deleteMany({ where }),
      prisma.session.deleteMany({ where }),
      prisma.shop.deleteMany({ where: { domain: shop } }),
      prisma.complianceRequest.deleteMany({ where }),
    ]),
  );
  forgetShop(shop);
  await prisma.complianceRequest.create({
    data: {
      id: newRequestId(),
      shop,
      topic: "shop/redact",
      summary: JSON.stringify({ conversations: conversations.count, messages: messages.count }),
    },
  });
}
