import type { PrismaClient } from "@prisma/client";

/** Remembers a shop that (re)installed the app; settings survive a reinstall. */
export async function installShop(options: { prisma: PrismaClient; shop: string }): Promise<void> {
  const { prisma, shop } = options;
  await prisma.shop.upsert({
    where: { domain: shop },
    create: { domain: shop },
    update: { uninstalledAt: null },
  });
}
