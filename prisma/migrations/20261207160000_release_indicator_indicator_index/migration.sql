-- CreateIndex
CREATE INDEX "release_indicator_indicator_id_idx" ON "release_indicator"("indicator_id");
