-- DropForeignKey
ALTER TABLE "observation" DROP CONSTRAINT "observation_batch_id_fkey";

-- DropForeignKey
ALTER TABLE "observation" DROP CONSTRAINT "observation_indicator_id_fkey";

-- DropForeignKey
ALTER TABLE "observation" DROP CONSTRAINT "observation_region_code_fkey";


-- What the dropped foreign keys guaranteed, without a trigger per inserted row:
-- indicators and regions are retired, never deleted …
CREATE FUNCTION refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% rows are never deleted (retire an indicator instead)', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER indicator_no_delete BEFORE DELETE ON "indicator" FOR EACH ROW EXECUTE FUNCTION refuse_delete();
CREATE TRIGGER region_no_delete BEFORE DELETE ON "region" FOR EACH ROW EXECUTE FUNCTION refuse_delete();

-- … and a deleted batch takes its values with it.
CREATE FUNCTION batch_delete_observations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "observation" WHERE batch_id = OLD.id;
  RETURN OLD;
END;
$$;
CREATE TRIGGER batch_delete_observations AFTER DELETE ON "batch" FOR EACH ROW EXECUTE FUNCTION batch_delete_observations();
