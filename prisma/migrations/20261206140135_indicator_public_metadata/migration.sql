-- AlterTable
ALTER TABLE "indicator" ADD COLUMN     "definition_en" TEXT,
ADD COLUMN     "internal_notes" TEXT,
ADD COLUMN     "method_notes_en" TEXT,
ADD COLUMN     "source_note_en" TEXT;

