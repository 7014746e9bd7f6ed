-- CreateTable
CREATE TABLE "return_draft" (
    "indicator_id" INTEGER NOT NULL,
    "period" VARCHAR(16) NOT NULL,
    "cells" JSONB NOT NULL,
    "updated_by" INTEGER,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "return_draft_pkey" PRIMARY KEY ("indicator_id","period")
);

-- AddForeignKey
ALTER TABLE "return_draft" ADD CONSTRAINT "return_draft_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "return_draft" ADD CONSTRAINT "return_draft_updated_by_fkey" FOREIGN KEY ("updated_by") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

