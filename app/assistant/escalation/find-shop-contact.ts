import { z } from "zod";
import type { AdminGateway, AdminOperation } from "../commerce";

/** How shoppers reach the shop when no help desk is connected: the store's public contact address. */

const ShopContactSchema = z.object({
  shop: z.object({ contactEmail: z.string().nullable() }),
});

export const shopContactQuery: AdminOperation<z.infer<typeof ShopContactSchema>> = {
  name: "EscalationShopContact",
  kind: "query",
  estimatedCost: 1,
  data: ShopContactSchema,
  document: `query EscalationShopContact {
  shop { contactEmail }
}`,
};

export async function findShopContact(options: { gateway: AdminGateway }): Promise<string | null> {
  const data = await options.gateway.request({ operation: shopContactQuery, variables: {} });
  const email = z.string().email().safeParse(data.shop.contactEmail);
  return email.success ? email.data : null;
}
