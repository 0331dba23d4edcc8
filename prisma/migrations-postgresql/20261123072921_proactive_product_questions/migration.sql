-- CreateTable
CREATE TABLE "ProductQuestionCount" (
    "shop" TEXT NOT NULL,
    "productHandle" TEXT NOT NULL,
    "faqEntryId" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "lastAskedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProductQuestionCount_pkey" PRIMARY KEY ("shop","productHandle","faqEntryId")
);

-- CreateIndex
CREATE INDEX "ProductQuestionCount_shop_productHandle_count_idx" ON "ProductQuestionCount"("shop", "productHandle", "count");
