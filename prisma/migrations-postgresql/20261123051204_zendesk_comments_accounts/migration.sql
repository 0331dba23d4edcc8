-- AlterTable
ALTER TABLE "Escalation" ADD COLUMN     "redactAddresses" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "requesterEmail" TEXT;

-- AlterTable
ALTER TABLE "OutboxJob" ADD COLUMN     "orderKey" TEXT;

-- CreateTable
CREATE TABLE "ZendeskAccount" (
    "subdomain" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "webhookId" TEXT NOT NULL,
    "triggerIds" TEXT NOT NULL DEFAULT '[]',
    "connectedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ZendeskAccount_pkey" PRIMARY KEY ("subdomain")
);

-- CreateIndex
CREATE UNIQUE INDEX "ZendeskAccount_shop_key" ON "ZendeskAccount"("shop");

-- CreateIndex
CREATE INDEX "OutboxJob_shop_orderKey_doneAt_idx" ON "OutboxJob"("shop", "orderKey", "doneAt");

