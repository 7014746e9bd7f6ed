-- CreateTable
CREATE TABLE "reminder" (
    "id" SERIAL NOT NULL,
    "department_id" INTEGER NOT NULL,
    "recipient" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "items" JSONB NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "error" TEXT,
    "sent_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "reminder_department_id_created_at_idx" ON "reminder"("department_id", "created_at");

-- AddForeignKey
ALTER TABLE "reminder" ADD CONSTRAINT "reminder_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reminder" ADD CONSTRAINT "reminder_sent_by_id_fkey" FOREIGN KEY ("sent_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

