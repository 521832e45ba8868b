-- schemadiff plan
-- source fingerprint: 92aa80ca4b0efb6e
-- target fingerprint: 74c2886b2e28a3c8
-- 3 statements; hazards: long-lock

BEGIN;

CREATE EXTENSION btree_gist WITH SCHEMA public VERSION '1.7';

-- hazard: long-lock
ALTER TABLE public.shifts ADD CONSTRAINT shifts_no_double_booking EXCLUDE USING gist (worker_id WITH =, period WITH &&) DEFERRABLE INITIALLY DEFERRED;

COMMENT ON EXTENSION btree_gist IS 'support for indexing common datatypes in GiST';

COMMIT;
