-- AlterTable
ALTER TABLE "return_draft" ADD COLUMN     "explanations" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

