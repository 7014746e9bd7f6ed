-- CreateTable
CREATE TABLE "ratio_relation" (
    "ratio_id" INTEGER NOT NULL,
    "numerator_id" INTEGER NOT NULL,
    "denominator_id" INTEGER NOT NULL,
    "note" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ratio_relation_pkey" PRIMARY KEY ("ratio_id")
);

