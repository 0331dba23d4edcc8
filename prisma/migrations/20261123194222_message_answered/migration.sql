-- AlterTable
ALTER TABLE "Message" ADD COLUMN "answered" BOOLEAN;

