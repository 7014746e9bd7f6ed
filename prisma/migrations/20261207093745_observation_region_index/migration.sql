-- CreateIndex
CREATE INDEX "observation_region_code_idx" ON "observation"("region_code");

