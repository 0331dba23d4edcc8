import { z } from "zod";
import type { AdminGateway, AdminOperation } from "../commerce";
import type { VerifiedCustomer } from "./build-ticket";

/** The logged-in shopper as Shopify knows them, for the ticket's requester and priority. */

/** The profile fields the ticket and the sidebar both show, as the Admin API names them. */
export const CustomerProfileSchema = z.object({
  id: z.string(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  displayName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  tags: z.array(z.string()),
  numberOfOrders: z.coerce.number(),
  amountSpent: z.object({ amount: z.coerce.number(), currencyCode: z.string() }),
});
const HAN_OR_HANGUL = /^[\p{Script=Han}\p{Script=Hangul}]+$/u;

/**
 * The name as its owner writes it: Chinese, Japanese and Korean names family name first with no
 * space (王芳, not "芳 王" as `displayName` joins them); every other name as Shopify shows it.
 */
function customerNameOf(found: z.infer<typeof CustomerProfileSchema>): string {
  const first = found.firstName?.trim() ?? "";
  const last = found.lastName?.trim() ?? "";
  if (first && last && HAN_OR_HANGUL.test(first) && HAN_OR_HANGUL.test(last))
    return `${last}${first}`;
  return found.displayName;
}

/** The profile as both views show it: the ticket's verified customer and the sidebar's shopper. */
export function customerProfileOf(found: z.infer<typeof CustomerProfileSchema>) {
  return {
    name: customerNameOf(found),
    email: found.email,
    phone: found.phone,
    tags: found.tags,
    ordersCount: found.numberOfOrders,
    totalSpent: found.amountSpent,
  };
}

export const CUSTOMER_PROFILE_FIELDS =
  "id firstName lastName displayName email phone tags numberOfOrders amountSpent { amount currencyCode }";

const VerifiedCustomerSchema = z.object({
  customer: CustomerProfileSchema.extend({
    orders: z.object({ nodes: z.array(z.object({ id: z.string(), name: z.string() })) }),
  }).nullable(),
});

export const verifiedCustomerQuery: AdminOperation<z.infer<typeof VerifiedCustomerSchema>> = {
  name: "EscalationVerifiedCustomer",
  kind: "query",
  estimatedCost: 20,
  data: VerifiedCustomerSchema,
  document: `query EscalationVerifiedCustomer($id: ID!) {
  customer(id: $id) {
    ${CUSTOMER_PROFILE_FIELDS}
    orders(first: 5, sortKey: PROCESSED_AT, reverse: true) { nodes { id name } }
  }
}`,
};

/** `customerId` is the numeric id Shopify signed into the App Proxy request. */
export async function findVerifiedCustomer(options: {
  gateway: AdminGateway;
  customerId: string;
}): Promise<VerifiedCustomer | null> {
  const data = await options.gateway.request({
    operation: verifiedCustomerQuery,
    variables: { id: `gid://shopify/Customer/${options.customerId}` },
  });
  const found = data.customer;
  if (!found) return null;
  return { id: options.customerId, ...customerProfileOf(found), recentOrders: found.orders.nodes };
}
