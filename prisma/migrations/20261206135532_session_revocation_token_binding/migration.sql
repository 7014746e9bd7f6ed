-- API tokens are bound to their user's credential version (user.session_version, bumped on
-- a password change, an administrator's reset and a disable): a token made before one of
-- those stops working. Each token records why it was revoked, so its owner can be told.
ALTER TABLE "api_token" ADD COLUMN "credential_version" INTEGER,
ADD COLUMN "revoked_reason" VARCHAR(32);

-- Tokens made before such an event already happened should have ended with it: revoke them
-- at the time of the first one (the audit trail has the times), with its reason.
UPDATE "api_token" t
SET "revoked_at" = e.at,
    "revoked_reason" = CASE e.action
      WHEN 'auth.password_changed' THEN 'password_changed'
      WHEN 'user.password_reset' THEN 'password_reset'
      ELSE 'disabled' END
FROM (
  SELECT DISTINCT ON (t2.id) t2.id, a.at, a.action
  FROM "api_token" t2
  JOIN "audit_event" a
    ON a.entity_type = 'user' AND a.entity_id = t2.user_id::text AND a.at > t2.created_at
   AND a.action IN ('auth.password_changed', 'user.password_reset', 'user.disabled')
  WHERE t2.revoked_at IS NULL
  ORDER BY t2.id, a.at
) e
WHERE t.id = e.id;

-- The others belong to the user's current credentials.
UPDATE "api_token" t SET "credential_version" = u.session_version FROM "user" u WHERE u.id = t.user_id;
ALTER TABLE "api_token" ALTER COLUMN "credential_version" SET NOT NULL;

-- Browser sessions: the sealed cookie names a row here; signing out deletes it.
CREATE TABLE "user_session" (
    "id" VARCHAR(43) NOT NULL,
    "user_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(6) NOT NULL,

    CONSTRAINT "user_session_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "user_session_user_id_idx" ON "user_session"("user_id");

ALTER TABLE "user_session" ADD CONSTRAINT "user_session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The cookie-sealing secret no longer lives in the database (SESSION_SECRET, or a file beside
-- the embedded database): a dump, backup or replica must not be enough to forge a session.
DELETE FROM "setting" WHERE key = 'session.secret';
