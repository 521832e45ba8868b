-- schemadiff plan
-- source fingerprint: 98aabb7390e89e0a
-- target fingerprint: b43da9174f9aca8a
-- 2 statements; hazards: none

BEGIN;

CREATE SEQUENCE public.s AS bigint START WITH 5 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;

COMMIT;

CREATE INDEX CONCURRENTLY t_idx ON public.t USING btree (a);
