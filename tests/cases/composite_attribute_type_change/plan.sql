-- schemadiff plan
-- source fingerprint: 14e08e6862e4e5d3
-- target fingerprint: d0edf1d37ae7ee51
-- 3 statements; hazards: none

BEGIN;

ALTER TYPE stats.summary ALTER ATTRIBUTE n TYPE bigint;

ALTER TYPE stats.summary ALTER ATTRIBUTE total TYPE numeric(14,2);

ALTER TYPE stats.summary ALTER ATTRIBUTE label TYPE text;

COMMIT;
