-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "subject" TEXT,
    "detail" TEXT NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConversationSummary" (
    "conversationId" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "outcome" TEXT NOT NULL,
    "language" TEXT,
    "intent" TEXT,
    "firstReplyMs" INTEGER,
    "settledAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConversationSummary_pkey" PRIMARY KEY ("conversationId")
);

-- CreateTable
CREATE TABLE "AnalyticsCursor" (
    "shop" TEXT NOT NULL,
    "unsettledFrom" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AnalyticsCursor_pkey" PRIMARY KEY ("shop")
);

-- CreateTable
CREATE TABLE "LearningQuestion" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "groupKey" TEXT NOT NULL,
    "language" TEXT,
    "reason" TEXT NOT NULL,
    "askedAt" TIMESTAMP(3) NOT NULL,
    "resolvedAt" TIMESTAMP(3),
    "faqEntryId" TEXT,

    CONSTRAINT "LearningQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuditLog_shop_createdAt_idx" ON "AuditLog"("shop", "createdAt");

-- CreateIndex
CREATE INDEX "ConversationSummary_shop_startedAt_outcome_intent_language__idx" ON "ConversationSummary"("shop", "startedAt", "outcome", "intent", "language", "firstReplyMs");

-- CreateIndex
CREATE UNIQUE INDEX "LearningQuestion_messageId_key" ON "LearningQuestion"("messageId");

-- CreateIndex
CREATE INDEX "LearningQuestion_shop_conversationId_idx" ON "LearningQuestion"("shop", "conversationId");

-- CreateIndex
CREATE INDEX "LearningQuestion_shop_resolvedAt_groupKey_idx" ON "LearningQuestion"("shop", "resolvedAt", "groupKey");

