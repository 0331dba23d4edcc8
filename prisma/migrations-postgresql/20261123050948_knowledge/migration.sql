-- CreateTable
CREATE TABLE "UnansweredQuestion" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "intent" TEXT NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "reason" TEXT NOT NULL,
    "groupKey" TEXT NOT NULL,
    "messageId" TEXT,
    "resolvedFaqEntryId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnansweredQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FaqEntry" (
    "shop" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "alternatives" TEXT NOT NULL DEFAULT '[]',
    "answer" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "tags" TEXT NOT NULL DEFAULT '[]',
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FaqEntry_pkey" PRIMARY KEY ("shop","id")
);

-- CreateTable
CREATE TABLE "KnowledgeVersion" (
    "shop" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KnowledgeVersion_pkey" PRIMARY KEY ("shop")
);

-- CreateTable
CREATE TABLE "AnswerVote" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "faqEntryId" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "vote" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnswerVote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UnansweredQuestion_shop_resolvedFaqEntryId_idx" ON "UnansweredQuestion"("shop", "resolvedFaqEntryId");

-- CreateIndex
CREATE INDEX "UnansweredQuestion_shop_groupKey_idx" ON "UnansweredQuestion"("shop", "groupKey");

-- CreateIndex
CREATE INDEX "FaqEntry_shop_language_idx" ON "FaqEntry"("shop", "language");

-- CreateIndex
CREATE INDEX "AnswerVote_shop_faqEntryId_idx" ON "AnswerVote"("shop", "faqEntryId");

-- CreateIndex
CREATE UNIQUE INDEX "AnswerVote_shop_messageId_key" ON "AnswerVote"("shop", "messageId");

