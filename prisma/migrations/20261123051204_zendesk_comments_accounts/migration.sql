-- AlterTable
ALTER TABLE "OutboxJob" ADD COLUMN "orderKey" TEXT;

-- CreateTable
CREATE TABLE "ZendeskAccount" (
    "subdomain" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "webhookId" TEXT NOT NULL,
    "triggerIds" TEXT NOT NULL DEFAULT '[]',
    "connectedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Escalation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "reason" TEXT NOT NULL,
    "priority" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "ticketId" TEXT,
    "requesterEmail" TEXT,
    "redactAddresses" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deliveredAt" DATETIME,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Escalation" ("conversationId", "createdAt", "deliveredAt", "externalId", "id", "priority", "reason", "shop", "status", "ticketId", "updatedAt") SELECT "conversationId", "createdAt", "deliveredAt", "externalId", "id", "priority", "reason", "shop", "status", "ticketId", "updatedAt" FROM "Escalation";
DROP TABLE "Escalation";
ALTER TABLE "new_Escalation" RENAME TO "Escalation";
CREATE INDEX "Escalation_shop_status_idx" ON "Escalation"("shop", "status");
CREATE INDEX "Escalation_shop_ticketId_idx" ON "Escalation"("shop", "ticketId");
CREATE UNIQUE INDEX "Escalation_shop_conversationId_key" ON "Escalation"("shop", "conversationId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "ZendeskAccount_shop_key" ON "ZendeskAccount"("shop");

-- CreateIndex
CREATE INDEX "OutboxJob_shop_orderKey_doneAt_idx" ON "OutboxJob"("shop", "orderKey", "doneAt");

