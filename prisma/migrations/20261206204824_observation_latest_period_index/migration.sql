-- CreateIndex
CREATE INDEX "observation_indicator_period_end_idx" ON "observation"("indicator_id", "period_end", "period");

