-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "region_kind" AS ENUM ('CITY', 'DISTRICT', 'COUNTY', 'COUNTY_CITY');

-- CreateEnum
CREATE TYPE "frequency" AS ENUM ('MONTH', 'QUARTER', 'YEAR');

-- CreateEnum
CREATE TYPE "measure_type" AS ENUM ('CUMULATIVE', 'PERIOD', 'STOCK', 'RATE', 'GROWTH');

-- CreateEnum
CREATE TYPE "chapter" AS ENUM ('INFRASTRUCTURE', 'DATA_FACTOR', 'INDUSTRIALIZATION', 'DIGITALIZATION', 'INNOVATION');

-- CreateEnum
CREATE TYPE "observation_flag" AS ENUM ('PRELIMINARY', 'ESTIMATED', 'CONFIDENTIAL', 'MISSING');

-- CreateEnum
CREATE TYPE "batch_status" AS ENUM ('STAGED', 'SUBMITTED', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'FAILED');

-- CreateEnum
CREATE TYPE "revision_reason" AS ENUM ('PRELIMINARY_TO_FINAL', 'BENCHMARK', 'CORRECTION');

-- CreateEnum
CREATE TYPE "role" AS ENUM ('uploader', 'reviewer', 'admin', 'leader');

-- CreateTable
CREATE TABLE "region" (
    "code" VARCHAR(6) NOT NULL,
    "name_zh" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "kind" "region_kind" NOT NULL,
    "sort_order" INTEGER NOT NULL,

    CONSTRAINT "region_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "industry_category" (
    "code" VARCHAR(8) NOT NULL,
    "level" INTEGER NOT NULL,
    "name_zh" TEXT NOT NULL,
    "name_en" TEXT,
    "parent_code" VARCHAR(8),
    "is_core" BOOLEAN NOT NULL,
    "provisional" BOOLEAN NOT NULL DEFAULT false,
    "notes" TEXT,
    "sort_order" INTEGER NOT NULL,

    CONSTRAINT "industry_category_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "emerging_industry" (
    "code" VARCHAR(32) NOT NULL,
    "name_zh" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL,

    CONSTRAINT "emerging_industry_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "department" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "name_zh" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "contact_name" TEXT,
    "contact_phone" TEXT,
    "contact_email" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "department_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicator" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "name_zh" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "frequency" "frequency" NOT NULL,
    "frequency_note" TEXT,
    "measure_type" "measure_type" NOT NULL,
    "decimals" INTEGER NOT NULL DEFAULT 1,
    "chapter" "chapter",
    "article_ref" TEXT NOT NULL,
    "articles" INTEGER[],
    "definition" TEXT,
    "method_notes" TEXT,
    "source_note" TEXT,
    "department_id" INTEGER,
    "higher_is_better" BOOLEAN NOT NULL DEFAULT true,
    "min_value" DECIMAL(24,6),
    "max_value" DECIMAL(24,6),
    "jump_threshold" DECIMAL(10,2),
    "growth_of_id" INTEGER,
    "part_of_id" INTEGER,
    "due_days" INTEGER,
    "is_headline" BOOLEAN NOT NULL DEFAULT false,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "retired_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicator_category" (
    "indicator_id" INTEGER NOT NULL,
    "category_code" VARCHAR(8) NOT NULL,

    CONSTRAINT "indicator_category_pkey" PRIMARY KEY ("indicator_id","category_code")
);

-- CreateTable
CREATE TABLE "indicator_emerging" (
    "indicator_id" INTEGER NOT NULL,
    "emerging_code" VARCHAR(32) NOT NULL,

    CONSTRAINT "indicator_emerging_pkey" PRIMARY KEY ("indicator_id","emerging_code")
);

-- CreateTable
CREATE TABLE "indicator_region" (
    "indicator_id" INTEGER NOT NULL,
    "region_code" VARCHAR(6) NOT NULL,

    CONSTRAINT "indicator_region_pkey" PRIMARY KEY ("indicator_id","region_code")
);

-- CreateTable
CREATE TABLE "methodology_note" (
    "id" SERIAL NOT NULL,
    "indicator_id" INTEGER NOT NULL,
    "effective_at" TIMESTAMPTZ(6) NOT NULL,
    "text_zh" TEXT NOT NULL,
    "text_en" TEXT,
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "methodology_note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "observation" (
    "id" BIGSERIAL NOT NULL,
    "batch_id" INTEGER NOT NULL,
    "indicator_id" INTEGER NOT NULL,
    "region_code" VARCHAR(6) NOT NULL,
    "period" VARCHAR(8) NOT NULL,
    "period_end" DATE NOT NULL,
    "value" DECIMAL(24,6),
    "flag" "observation_flag",
    "note" TEXT,
    "line" INTEGER,

    CONSTRAINT "observation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "batch" (
    "id" SERIAL NOT NULL,
    "file_name" TEXT NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "size_bytes" INTEGER NOT NULL DEFAULT 0,
    "encoding" TEXT,
    "delimiter" TEXT,
    "layout" TEXT,
    "row_count" INTEGER NOT NULL DEFAULT 0,
    "report" JSONB,
    "status" "batch_status" NOT NULL,
    "is_demo" BOOLEAN NOT NULL DEFAULT false,
    "uploader_id" INTEGER,
    "department_id" INTEGER,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submitted_at" TIMESTAMPTZ(6),
    "reviewer_id" INTEGER,
    "reviewed_at" TIMESTAMPTZ(6),
    "reject_reason" TEXT,
    "revision_reason" "revision_reason",
    "release_id" INTEGER,

    CONSTRAINT "batch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "release" (
    "id" SERIAL NOT NULL,
    "title_zh" TEXT NOT NULL,
    "title_en" TEXT,
    "period" VARCHAR(8),
    "release_at" TIMESTAMPTZ(6) NOT NULL,
    "cancelled_at" TIMESTAMPTZ(6),
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "release_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "release_indicator" (
    "release_id" INTEGER NOT NULL,
    "indicator_id" INTEGER NOT NULL,

    CONSTRAINT "release_indicator_pkey" PRIMARY KEY ("release_id","indicator_id")
);

-- CreateTable
CREATE TABLE "release_move" (
    "id" SERIAL NOT NULL,
    "release_id" INTEGER NOT NULL,
    "from_at" TIMESTAMPTZ(6) NOT NULL,
    "to_at" TIMESTAMPTZ(6) NOT NULL,
    "reason" TEXT NOT NULL,
    "moved_by_id" INTEGER,
    "moved_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "release_move_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user" (
    "id" SERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "roles" "role"[],
    "locale" TEXT NOT NULL DEFAULT 'zh',
    "disabled_at" TIMESTAMPTZ(6),
    "session_version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_department" (
    "user_id" INTEGER NOT NULL,
    "department_id" INTEGER NOT NULL,

    CONSTRAINT "user_department_pkey" PRIMARY KEY ("user_id","department_id")
);

-- CreateTable
CREATE TABLE "api_token" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL,
    "prefix" VARCHAR(16) NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(6) NOT NULL,
    "last_used_at" TIMESTAMPTZ(6),
    "revoked_at" TIMESTAMPTZ(6),

    CONSTRAINT "api_token_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "login_attempt" (
    "id" BIGSERIAL NOT NULL,
    "username" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "success" BOOLEAN NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "login_attempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" INTEGER,
    "actor_name" TEXT,
    "action" TEXT NOT NULL,
    "entity_type" TEXT,
    "entity_id" TEXT,
    "data" JSONB,
    "ip" TEXT,
    "user_agent" TEXT,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "target" (
    "id" SERIAL NOT NULL,
    "indicator_id" INTEGER NOT NULL,
    "region_code" VARCHAR(6) NOT NULL,
    "year" INTEGER NOT NULL,
    "value" DECIMAL(24,6) NOT NULL,
    "base_year" INTEGER,
    "base_value" DECIMAL(24,6),
    "deadline" DATE NOT NULL,
    "source" TEXT NOT NULL,
    "created_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "setting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "industry_category_parent_code_idx" ON "industry_category"("parent_code");

-- CreateIndex
CREATE UNIQUE INDEX "department_code_key" ON "department"("code");

-- CreateIndex
CREATE UNIQUE INDEX "indicator_code_key" ON "indicator"("code");

-- CreateIndex
CREATE INDEX "methodology_note_indicator_id_idx" ON "methodology_note"("indicator_id");

-- CreateIndex
CREATE INDEX "observation_indicator_id_region_code_period_idx" ON "observation"("indicator_id", "region_code", "period");

-- CreateIndex
CREATE INDEX "observation_period_idx" ON "observation"("period");

-- CreateIndex
CREATE UNIQUE INDEX "observation_batch_id_indicator_id_region_code_period_key" ON "observation"("batch_id", "indicator_id", "region_code", "period");

-- CreateIndex
CREATE INDEX "batch_checksum_idx" ON "batch"("checksum");

-- CreateIndex
CREATE INDEX "batch_status_idx" ON "batch"("status");

-- CreateIndex
CREATE INDEX "batch_release_id_idx" ON "batch"("release_id");

-- CreateIndex
CREATE INDEX "release_release_at_idx" ON "release"("release_at");

-- CreateIndex
CREATE INDEX "release_move_release_id_idx" ON "release_move"("release_id");

-- CreateIndex
CREATE UNIQUE INDEX "user_username_key" ON "user"("username");

-- CreateIndex
CREATE UNIQUE INDEX "api_token_token_hash_key" ON "api_token"("token_hash");

-- CreateIndex
CREATE INDEX "api_token_user_id_idx" ON "api_token"("user_id");

-- CreateIndex
CREATE INDEX "login_attempt_username_created_at_idx" ON "login_attempt"("username", "created_at");

-- CreateIndex
CREATE INDEX "login_attempt_ip_created_at_idx" ON "login_attempt"("ip", "created_at");

-- CreateIndex
CREATE INDEX "audit_event_at_idx" ON "audit_event"("at");

-- CreateIndex
CREATE INDEX "audit_event_actor_id_at_idx" ON "audit_event"("actor_id", "at");

-- CreateIndex
CREATE INDEX "audit_event_action_at_idx" ON "audit_event"("action", "at");

-- CreateIndex
CREATE INDEX "audit_event_entity_type_entity_id_idx" ON "audit_event"("entity_type", "entity_id");

-- CreateIndex
CREATE UNIQUE INDEX "target_indicator_id_region_code_year_key" ON "target"("indicator_id", "region_code", "year");

-- AddForeignKey
ALTER TABLE "industry_category" ADD CONSTRAINT "industry_category_parent_code_fkey" FOREIGN KEY ("parent_code") REFERENCES "industry_category"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_growth_of_id_fkey" FOREIGN KEY ("growth_of_id") REFERENCES "indicator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator" ADD CONSTRAINT "indicator_part_of_id_fkey" FOREIGN KEY ("part_of_id") REFERENCES "indicator"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_category" ADD CONSTRAINT "indicator_category_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_category" ADD CONSTRAINT "indicator_category_category_code_fkey" FOREIGN KEY ("category_code") REFERENCES "industry_category"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_emerging" ADD CONSTRAINT "indicator_emerging_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_emerging" ADD CONSTRAINT "indicator_emerging_emerging_code_fkey" FOREIGN KEY ("emerging_code") REFERENCES "emerging_industry"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_region" ADD CONSTRAINT "indicator_region_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_region" ADD CONSTRAINT "indicator_region_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "methodology_note" ADD CONSTRAINT "methodology_note_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observation" ADD CONSTRAINT "observation_batch_id_fkey" FOREIGN KEY ("batch_id") REFERENCES "batch"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observation" ADD CONSTRAINT "observation_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "observation" ADD CONSTRAINT "observation_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "batch" ADD CONSTRAINT "batch_uploader_id_fkey" FOREIGN KEY ("uploader_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "batch" ADD CONSTRAINT "batch_reviewer_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "batch" ADD CONSTRAINT "batch_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "batch" ADD CONSTRAINT "batch_release_id_fkey" FOREIGN KEY ("release_id") REFERENCES "release"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "release_indicator" ADD CONSTRAINT "release_indicator_release_id_fkey" FOREIGN KEY ("release_id") REFERENCES "release"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "release_indicator" ADD CONSTRAINT "release_indicator_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "release_move" ADD CONSTRAINT "release_move_release_id_fkey" FOREIGN KEY ("release_id") REFERENCES "release"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_department" ADD CONSTRAINT "user_department_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_department" ADD CONSTRAINT "user_department_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_token" ADD CONSTRAINT "api_token_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "target" ADD CONSTRAINT "target_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "target" ADD CONSTRAINT "target_region_code_fkey" FOREIGN KEY ("region_code") REFERENCES "region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;


-- AddForeignKey

-- The audit trail is append-only: the app has no update or delete path, and the database
-- refuses both, whoever asks.
CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only';
END;
$$;
CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON "audit_event"
  FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "audit_event"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
