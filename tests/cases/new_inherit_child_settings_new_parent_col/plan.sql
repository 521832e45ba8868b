-- schemadiff plan
-- source fingerprint: 64ea25da7f43ccfd
-- target fingerprint: 68cac6d9a1e00b6c
-- 4 statements; hazards: none

BEGIN;

ALTER TABLE public.base ADD COLUMN info text;

CREATE TABLE public.kid (
    z integer
) INHERITS (public.base);

ALTER TABLE ONLY public.kid ALTER COLUMN id SET (n_distinct=3);

ALTER TABLE ONLY public.kid ALTER COLUMN info SET STATISTICS 20;

COMMIT;
