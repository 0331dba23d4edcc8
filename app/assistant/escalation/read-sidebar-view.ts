import type { PrismaClient } from "@prisma/client";
import { z } from "zod";
import type { AdminGateway, AdminOperation } from "../commerce";
import type { CipherBox } from "../encryption";
import { conversationContext, openStored } from "../encryption";
import { redactText } from "../privacy/redact";
import { storeHandle } from "./build-ticket";
import { openRequesterEmail } from "./sealed-rows";
import {
  CUSTOMER_PROFILE_FIELDS,
  CustomerProfileSchema,
  customerProfileOf,
} from "./find-verified-customer";

/**
 * What the agent sees beside a ticket: the requester's Shopify profile, their recent orders with
 * status and tracking, and the chat that became the ticket. Everything is read for one shop — the
 * shop the Zendesk account is connected to — and the transcript only for a ticket of that shop.
 */

const CustomerByEmailSchema = z.object({
  customers: z.object({
    nodes: z.array(
      CustomerProfileSchema.extend({
        orders: z.object({
          nodes: z.array(
            z.object({
              id: z.string(),
              name: z.string(),
              processedAt: z.string(),
              displayFinancialStatus: z.string().nullable(),
              displayFulfillmentStatus: z.string(),
              fulfillments: z.array(
                z.object({
                  displayStatus: z.string().nullable(),
                  trackingInfo: z.array(
                    z.object({
                      company: z.string().nullable(),
                      number: z.string().nullable(),
                      url: z.string().nullable(),
                    }),
                  ),
                }),
              ),
            }),
          ),
        }),
      }),
    ),
  }),
});
type CustomerByEmail = z.infer<typeof CustomerByEmailSchema>;

export const customerByEmailQuery: AdminOperation<CustomerByEmail> = {
  name: "SidebarCustomerByEmail",
  kind: "query",
  estimatedCost: 60,
  data: CustomerByEmailSchema,
  document: `query SidebarCustomerByEmail($query: String!) {
  customers(first: 1, query: $query) {
    nodes {
      ${CUSTOMER_PROFILE_FIELDS}
      orders(first: 5, sortKey: PROCESSED_AT, reverse: true) {
        nodes {
          id name processedAt displayFinancialStatus displayFulfillmentStatus
          fulfillments(first: 5) { displayStatus trackingInfo(first: 3) { company number url } }
        }
      }
    }
  }
}`,
};

export interface SidebarOrder {
  name: string;
  processedAt: string;
  financialStatus: string | null;
  fulfillmentStatus: string;
  tracking: { company: string | null; number: string | null; url: string | null }[];
  adminUrl: string;
}

export interface SidebarView {
  customer: {
    name: string;
    email: string | null;
    phone: string | null;
    tags: string[];
    ordersCount: number;
    totalSpent: { amount: number; currencyCode: string };
    adminUrl: string;
  } | null;
  orders: SidebarOrder[];
  /** The chat that became this ticket, redacted as in the ticket; null when the ticket is not a chat's. */
  transcript: { role: string; text: string; at: string }[] | null;
}

export interface ReadSidebarViewOptions {
  prisma: PrismaClient;
  box: CipherBox;
  gateway: AdminGateway;
  requesterEmail: string | null;
  ticketId: string | null;
}

const numericId = (gid: string) => gid.split("/").pop() ?? gid;
/** Search syntax: quotes would end the value early, so an email with one matches nobody. */
const searchableEmail = (email: string) => (/^[^\s"\\]+@[^\s"\\]+$/.test(email) ? email : null);

async function readCustomer(gateway: AdminGateway, email: string | null) {
  const wanted = email ? searchableEmail(email) : null;
  if (!wanted) return { customer: null, orders: [] };
  const data = await gateway.request({
    operation: customerByEmailQuery,
    variables: { query: `email:"${wanted}"` },
    timeoutMs: 5_000,
  });
  const found = data.customers.nodes.find(
    (node) => node.email?.toLowerCase() === wanted.toLowerCase(),
  );
  if (!found) return { customer: null, orders: [] };
  const admin = `https://admin.shopify.com/store/${storeHandle(gateway.shop)}`;
  return {
    customer: {
      ...customerProfileOf(found),
      adminUrl: `${admin}/customers/${numericId(found.id)}`,
    },
    orders: found.orders.nodes.map((order) => ({
      name: order.name,
      processedAt: order.processedAt,
      financialStatus: order.displayFinancialStatus,
      fulfillmentStatus: order.displayFulfillmentStatus,
      tracking: order.fulfillments.flatMap((fulfillment) => fulfillment.trackingInfo),
      adminUrl: `${admin}/orders/${numericId(order.id)}`,
    })),
  };
}

async function readTranscript(options: ReadSidebarViewOptions): Promise<SidebarView["transcript"]> {
  const { prisma, gateway, ticketId } = options;
  if (!ticketId || !/^\d+$/.test(ticketId)) return null;
  const shop = gateway.shop;
  const escalation = await prisma.escalation.findFirst({ where: { shop, ticketId } });
  if (!escalation) return null;
  const context = {
    context: conversationContext({ shop, conversationId: escalation.conversationId }),
  };
  const messages = await prisma.message.findMany({
    where: { shop, conversationId: escalation.conversationId },
    orderBy: { seq: "asc" },
    take: 200,
  });
  const requesterEmail = openRequesterEmail(options.box, escalation);
  const keepEmails = requesterEmail ? [requesterEmail] : [];
  return messages.map((message) => ({
    role: message.role,
    text: redactText(openStored(options.box, message.body, context), {
      keepEmails,
      redactAddresses: escalation.redactAddresses,
    }).text,
    at: message.createdAt.toISOString(),
  }));
}

export async function readSidebarView(options: ReadSidebarViewOptions): Promise<SidebarView> {
  const [{ customer, orders }, transcript] = await Promise.all([
    readCustomer(options.gateway, options.requesterEmail),
    readTranscript(options),
  ]);
  return { customer, orders, transcript };
}
