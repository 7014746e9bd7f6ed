-- DropIndex
DROP INDEX "observation_region_code_idx";

-- CreateIndex
CREATE INDEX "observation_region_period_end_idx" ON "observation"("region_code", "period_end");

