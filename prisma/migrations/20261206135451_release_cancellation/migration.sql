-- AlterTable
ALTER TABLE "release" ADD COLUMN     "cancel_reason" TEXT,
ADD COLUMN     "cancelled_by_id" INTEGER;

