-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "subject" TEXT,
    "detail" TEXT NOT NULL DEFAULT '{}',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ConversationSummary" (
    "conversationId" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "outcome" TEXT NOT NULL,
    "language" TEXT,
    "intent" TEXT,
    "firstReplyMs" INTEGER,
    "settledAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "AnalyticsCursor" (
    "shop" TEXT NOT NULL PRIMARY KEY,
    "unsettledFrom" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "LearningQuestion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "groupKey" TEXT NOT NULL,
    "language" TEXT,
    "reason" TEXT NOT NULL,
    "askedAt" DATETIME NOT NULL,
    "resolvedAt" DATETIME,
    "faqEntryId" TEXT
);

-- CreateIndex
CREATE INDEX "AuditLog_shop_createdAt_idx" ON "AuditLog"("shop", "createdAt");

-- CreateIndex
CREATE INDEX "ConversationSummary_shop_startedAt_outcome_intent_language_firstReplyMs_idx" ON "ConversationSummary"("shop", "startedAt", "outcome", "intent", "language", "firstReplyMs");

-- CreateIndex
CREATE UNIQUE INDEX "LearningQuestion_messageId_key" ON "LearningQuestion"("messageId");

-- CreateIndex
CREATE INDEX "LearningQuestion_shop_resolvedAt_groupKey_idx" ON "LearningQuestion"("shop", "resolvedAt", "groupKey");

-- CreateIndex
CREATE INDEX "LearningQuestion_shop_conversationId_idx" ON "LearningQuestion"("shop", "conversationId");

