-- CreateTable
CREATE TABLE "validation_rule" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(64) NOT NULL,
    "name_zh" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "scope" TEXT NOT NULL DEFAULT '*',
    "kind" VARCHAR(16) NOT NULL,
    "params" JSONB NOT NULL,
    "severity" VARCHAR(8) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "validation_rule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "validation_rule_version" (
    "rule_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "params" JSONB NOT NULL,
    "severity" VARCHAR(8) NOT NULL,
    "active" BOOLEAN NOT NULL,
    "scope" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "noted_on" DATE NOT NULL,
    "created_by" INTEGER,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "validation_rule_version_pkey" PRIMARY KEY ("rule_id","version")
);

-- CreateTable
CREATE TABLE "rule_finding" (
    "id" SERIAL NOT NULL,
    "batch_id" INTEGER NOT NULL,
    "rule_id" INTEGER NOT NULL,
    "rule_version" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "indicator_id" INTEGER NOT NULL,
    "region_code" VARCHAR(12) NOT NULL,
    "period" VARCHAR(16) NOT NULL,
    "message" TEXT NOT NULL,
    "explanation" TEXT,
    "explained_at" TIMESTAMPTZ(6),

    CONSTRAINT "rule_finding_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "validation_rule_code_key" ON "validation_rule"("code");

-- CreateIndex
CREATE INDEX "rule_finding_rule_id_idx" ON "rule_finding"("rule_id");

-- CreateIndex
CREATE UNIQUE INDEX "rule_finding_batch_id_key_key" ON "rule_finding"("batch_id", "key");

-- AddForeignKey
ALTER TABLE "validation_rule_version" ADD CONSTRAINT "validation_rule_version_rule_id_fkey" FOREIGN KEY ("rule_id") REFERENCES "validation_rule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rule_finding" ADD CONSTRAINT "rule_finding_rule_id_fkey" FOREIGN KEY ("rule_id") REFERENCES "validation_rule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rule_finding" ADD CONSTRAINT "rule_finding_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "batch"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The default rules: today's fixed quality checks as 提示性 (INFO) rules, so that nothing behaves
-- differently until an administrator changes one; two new kinds seeded inactive
-- (lib/rules/defaults.ts holds the same set; lib/rules/defaults.db.test.ts compares them).
INSERT INTO "validation_rule" ("id", "code", "name_zh", "name_en", "scope", "kind", "params", "severity", "active", "version") VALUES
  (1, 'DISTRICT_SUM', '区县合计等于全市', 'Districts sum to the city', '*', 'relation', '{"check":"districts_sum","tolerancePct":"1"}', 'INFO', true, 1),
  (2, 'PARTS_SUM', '分项之和等于总量', 'Parts sum to their total', '*', 'relation', '{"check":"parts_sum","tolerancePct":"1"}', 'INFO', true, 1),
  (3, 'YTD_DECREASE', '累计值不下降', 'Year-to-date does not fall', '*', 'history', '{"check":"ytd_decrease"}', 'INFO', true, 1),
  (4, 'QOQ_JUMP', '环比变动阈值', 'Change on the previous period', '*', 'history', '{"check":"qoq_jump","defaultPct":"50"}', 'INFO', true, 1),
  (5, 'GROWTH_CONSISTENT', '增速与总量一致', 'Growth agrees with its level', '*', 'cross', '{"check":"growth_consistency","tolerancePp":"1"}', 'INFO', true, 1),
  (6, 'MAGNITUDE', '数量级与序列相符', 'Magnitude in line with the series', '*', 'history', '{"check":"magnitude","factor":10,"window":8,"minPool":3}', 'INFO', true, 1),
  (7, 'YOY_BAND', '与上年同期相比', 'Against the same period last year', '*', 'history', '{"check":"yoy_band","pct":"30"}', 'SOFT', false, 1),
  (8, 'RANGE', '数值范围', 'Valid range', '*', 'range', '{"check":"range","min":"0","max":null}', 'HARD', false, 1);
SELECT setval(pg_get_serial_sequence('validation_rule', 'id'), 8);
INSERT INTO "validation_rule_version" ("rule_id", "version", "params", "severity", "active", "scope", "note", "noted_on")
  SELECT "id", 1, "params", "severity", "active", "scope", '初始规则：沿用原固定质量检查 / Initial rule: the former fixed quality check', DATE '2026-12-06' FROM "validation_rule";
