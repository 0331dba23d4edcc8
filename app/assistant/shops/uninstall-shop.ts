import type { PrismaClient } from "@prisma/client";
import { forgetShopSession } from "./shop-cache";

/**
 * After app/uninstalled the shop's access tokens are dead: drop its sessions. Its conversations
 * stay until shop/redact (48 hours later) in case the merchant comes back.
 */
export async function uninstallShop(options: {
  prisma: PrismaClient;
  shop: string;
  at: Date;
}): Promise<void> {
  const { prisma, shop, at } = options;
  await prisma.$transaction([
    prisma.session.deleteMany({ where: { shop } }),
    prisma.shop.updateMany({ where: { domain: shop }, data: { uninstalledAt: at } }),
  ]);
  forgetShopSession(shop);
}
