-- AlterTable
ALTER TABLE "observation" ADD COLUMN     "top1" DECIMAL(24,6),
ADD COLUMN     "top2" DECIMAL(24,6),
ADD COLUMN     "units" INTEGER,
ADD COLUMN     "withheld" JSONB;

-- CreateTable
CREATE TABLE "disclosure_rule" (
    "indicator_id" INTEGER NOT NULL,
    "min_units" INTEGER NOT NULL DEFAULT 3,
    "dominance_n" INTEGER,
    "dominance_k" DECIMAL(6,2),
    "p_percent" DECIMAL(6,2),
    "protection_percent" DECIMAL(6,2) NOT NULL DEFAULT 15,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "disclosure_rule_pkey" PRIMARY KEY ("indicator_id")
);

-- CreateTable
CREATE TABLE "sum_relation" (
    "id" SERIAL NOT NULL,
    "total_id" INTEGER NOT NULL,
    "part_ids" INTEGER[],
    "note" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sum_relation_pkey" PRIMARY KEY ("id")
);

