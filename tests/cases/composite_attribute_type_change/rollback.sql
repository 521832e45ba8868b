-- schemadiff rollback
-- source fingerprint: d0edf1d37ae7ee51
-- target fingerprint: 14e08e6862e4e5d3
-- 3 statements; hazards: none

BEGIN;

ALTER TYPE stats.summary ALTER ATTRIBUTE n TYPE integer;

ALTER TYPE stats.summary ALTER ATTRIBUTE total TYPE numeric(10,2);

ALTER TYPE stats.summary ALTER ATTRIBUTE label TYPE character varying(20);

COMMIT;
