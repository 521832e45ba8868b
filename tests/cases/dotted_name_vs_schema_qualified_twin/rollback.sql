-- schemadiff rollback
-- source fingerprint: 1172ffc3a5fd3aae
-- target fingerprint: aa6c83fd85fc5f35
-- 10 statements; hazards: data-loss,irreversible

BEGIN;

COMMENT ON TABLE a.b IS NULL;

COMMENT ON TABLE public."a.b" IS NULL;

DROP VIEW public."a.b_v";

DROP INDEX a."a.b_idx";

ALTER TABLE a.b DROP CONSTRAINT b_ref_fkey;

-- hazard: data-loss,irreversible
ALTER TABLE a.b DROP COLUMN ref;

-- hazard: data-loss,irreversible
ALTER TABLE public."a.b" DROP COLUMN extra;

-- hazard: data-loss,irreversible
DROP TABLE a."a.b";

ALTER TABLE a.b ALTER COLUMN w DROP NOT NULL;

ALTER TABLE public."a.b" ALTER COLUMN v TYPE text USING v::text;

COMMIT;
