-- schemadiff plan
-- source fingerprint: aa6c83fd85fc5f35
-- target fingerprint: 1172ffc3a5fd3aae
-- 15 statements; hazards: rewrite

SET search_path = public;

BEGIN;

ALTER TABLE a.b ADD CONSTRAINT schemadiff_nn_53eae2f37c72d452 CHECK (w IS NOT NULL) NOT VALID;

-- hazard: rewrite
ALTER TABLE public."a.b" ALTER COLUMN v TYPE character varying(20);

CREATE TABLE a."a.b" (
    id integer NOT NULL
);

ALTER TABLE a.b ADD COLUMN ref integer;

ALTER TABLE public."a.b" ADD COLUMN extra integer DEFAULT 1;

ALTER TABLE a."a.b" ADD CONSTRAINT "a.b_pkey" PRIMARY KEY (id);

ALTER TABLE a.b ADD CONSTRAINT b_ref_fkey FOREIGN KEY (ref) REFERENCES public."a.b"(id) NOT VALID;

CREATE VIEW public."a.b_v" AS
SELECT x.id, x.v, y.w FROM "a.b" x JOIN a.b y USING (id);

COMMENT ON TABLE a.b IS 'schema a table b';

COMMENT ON TABLE public."a.b" IS 'public table with a dot';

COMMIT;

ALTER TABLE a.b VALIDATE CONSTRAINT schemadiff_nn_53eae2f37c72d452;

ALTER TABLE a.b ALTER COLUMN w SET NOT NULL;

ALTER TABLE a.b DROP CONSTRAINT schemadiff_nn_53eae2f37c72d452;

ALTER TABLE a.b VALIDATE CONSTRAINT b_ref_fkey;

CREATE INDEX CONCURRENTLY "a.b_idx" ON a.b USING btree (w);
