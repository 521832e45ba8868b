-- schemadiff rollback
-- source fingerprint: b1645c9526fec90b
-- target fingerprint: 2df83412631ae314
-- 4 statements; hazards: data-loss,irreversible

BEGIN;

DROP TRIGGER users_normalize ON app.users;

-- hazard: data-loss,irreversible
ALTER TABLE app.users DROP COLUMN email_lower;

DROP FUNCTION app.normalize_email();

DROP FUNCTION app.user_count();

COMMIT;
