-- DropIndex
DROP INDEX "ConversationSummary_shop_startedAt_outcome_intent_language_firstReplyMs_idx";

-- AlterTable
ALTER TABLE "AnalyticsCursor" ADD COLUMN "rollupTimeZone" TEXT;

-- AlterTable
ALTER TABLE "ConversationSummary" ADD COLUMN "csat" INTEGER;

-- Ratings given so far, so the rollup built from the summaries counts them.
UPDATE "ConversationSummary" SET "csat" = (
    SELECT c."csat" FROM "Conversation" c WHERE c."id" = "ConversationSummary"."conversationId"
);

-- CreateTable
CREATE TABLE "ConversationDay" (
    "shop" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "intent" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "conversations" INTEGER NOT NULL,
    "ratings" INTEGER NOT NULL,
    "ratingTotal" INTEGER NOT NULL,
    "satisfied" INTEGER NOT NULL,
    "replies" INTEGER NOT NULL,
    "replyTotalMs" INTEGER NOT NULL,

    PRIMARY KEY ("shop", "date", "outcome", "intent", "language")
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_LearningQuestion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "conversationId" TEXT,
    "messageId" TEXT,
    "text" TEXT NOT NULL,
    "digest" TEXT,
    "language" TEXT,
    "intent" TEXT,
    "confidence" REAL,
    "reason" TEXT NOT NULL,
    "askedAt" DATETIME NOT NULL,
    "resolvedAt" DATETIME,
    "faqEntryId" TEXT
);
INSERT INTO "new_LearningQuestion" ("askedAt", "conversationId", "faqEntryId", "id", "language", "messageId", "reason", "resolvedAt", "shop", "text") SELECT "askedAt", "conversationId", "faqEntryId", "id", "language", "messageId", "reason", "resolvedAt", "shop", "text" FROM "LearningQuestion";
DROP TABLE "LearningQuestion";
ALTER TABLE "new_LearningQuestion" RENAME TO "LearningQuestion";
CREATE UNIQUE INDEX "LearningQuestion_messageId_key" ON "LearningQuestion"("messageId");
CREATE INDEX "LearningQuestion_shop_resolvedAt_digest_idx" ON "LearningQuestion"("shop", "resolvedAt", "digest");
CREATE INDEX "LearningQuestion_shop_digest_idx" ON "LearningQuestion"("shop", "digest");
CREATE INDEX "LearningQuestion_shop_conversationId_idx" ON "LearningQuestion"("shop", "conversationId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- One learning queue: every UnansweredQuestion row is carried into LearningQuestion, linked to the
-- shopper's message (thumbs-down rows named the answer, so the question is the turn before it; the
-- others were written seconds after the shopper's message of the same shop). A question settling
-- had already filed keeps that row and takes the carried intent, confidence and resolution.
CREATE TABLE "_CarriedQuestion" AS
SELECT u."id", u."shop", u."text", u."language", u."intent", u."confidence", u."createdAt",
       CASE u."reason" WHEN 'no_answer' THEN 'unanswered' ELSE u."reason" END AS "reason",
       u."resolvedFaqEntryId",
       CASE WHEN u."messageId" IS NOT NULL THEN (
           SELECT q."id" FROM "Message" a
           JOIN "Message" q ON q."conversationId" = a."conversationId" AND q."role" = 'shopper' AND q."seq" < a."seq"
           WHERE a."id" = u."messageId" AND a."shop" = u."shop"
           ORDER BY q."seq" DESC LIMIT 1)
       ELSE (
           SELECT q."id" FROM "Message" q
           WHERE q."shop" = u."shop" AND q."role" = 'shopper'
             AND julianday(q."createdAt") BETWEEN julianday(u."createdAt") - 60.0 / 86400 AND julianday(u."createdAt") + 1.0 / 86400
           ORDER BY q."createdAt" DESC LIMIT 1)
       END AS "questionId"
FROM "UnansweredQuestion" u;

UPDATE "LearningQuestion" SET
    "intent" = COALESCE("intent", (SELECT c."intent" FROM "_CarriedQuestion" c WHERE c."questionId" = "LearningQuestion"."messageId" ORDER BY c."id" LIMIT 1)),
    "confidence" = COALESCE("confidence", (SELECT c."confidence" FROM "_CarriedQuestion" c WHERE c."questionId" = "LearningQuestion"."messageId" ORDER BY c."id" LIMIT 1)),
    "faqEntryId" = COALESCE("faqEntryId", (SELECT c."resolvedFaqEntryId" FROM "_CarriedQuestion" c WHERE c."questionId" = "LearningQuestion"."messageId" AND c."resolvedFaqEntryId" IS NOT NULL LIMIT 1)),
    "resolvedAt" = COALESCE("resolvedAt", (SELECT c."createdAt" FROM "_CarriedQuestion" c WHERE c."questionId" = "LearningQuestion"."messageId" AND c."resolvedFaqEntryId" IS NOT NULL LIMIT 1))
WHERE "messageId" IN (SELECT "questionId" FROM "_CarriedQuestion");

INSERT INTO "LearningQuestion" ("id", "shop", "conversationId", "messageId", "text", "digest", "language", "intent", "confidence", "reason", "askedAt", "resolvedAt", "faqEntryId")
SELECT 'carried_' || c."id", c."shop",
       (SELECT m."conversationId" FROM "Message" m WHERE m."id" = c."questionId"),
       -- Two carried rows for one message (low confidence, then a thumbs-down) both stay; one holds the link.
       CASE WHEN c."id" = (SELECT MIN(d."id") FROM "_CarriedQuestion" d WHERE d."questionId" = c."questionId") THEN c."questionId" END,
       c."text", NULL, c."language", c."intent", c."confidence", c."reason", c."createdAt",
       CASE WHEN c."resolvedFaqEntryId" IS NOT NULL THEN c."createdAt" END, c."resolvedFaqEntryId"
FROM "_CarriedQuestion" c
WHERE c."questionId" IS NULL
   OR NOT EXISTS (SELECT 1 FROM "LearningQuestion" l WHERE l."messageId" = c."questionId");

DROP TABLE "_CarriedQuestion";
DROP TABLE "UnansweredQuestion";

-- CreateIndex
CREATE INDEX "ConversationSummary_shop_startedAt_outcome_intent_language_firstReplyMs_csat_idx" ON "ConversationSummary"("shop", "startedAt", "outcome", "intent", "language", "firstReplyMs", "csat");

-- CreateIndex
CREATE INDEX "ConversationSummary_shop_firstReplyMs_startedAt_idx" ON "ConversationSummary"("shop", "firstReplyMs", "startedAt");

