-- AlterTable
ALTER TABLE "Escalation" ADD COLUMN     "requesterEmailDigest" TEXT;

-- CreateIndex
CREATE INDEX "Escalation_shop_requesterEmailDigest_idx" ON "Escalation"("shop", "requesterEmailDigest");

