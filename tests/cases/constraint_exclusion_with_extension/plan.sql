-- schemadiff plan
-- source fingerprint: 8ed4e7c7b82c83fe
-- target fingerprint: 0a05078b6f604601
-- 3 statements; hazards: long-lock

BEGIN;

CREATE EXTENSION btree_gist WITH SCHEMA public VERSION '1.7';

-- hazard: long-lock
ALTER TABLE public.shifts ADD CONSTRAINT shifts_no_double_booking EXCLUDE USING gist (worker_id WITH =, period WITH &&) DEFERRABLE INITIALLY DEFERRED;

COMMENT ON EXTENSION btree_gist IS 'support for indexing common datatypes in GiST';

COMMIT;
