-- schemadiff plan
-- source fingerprint: 3d4e527068cc97ac
-- target fingerprint: 65d44cdf0624830e
-- 11 statements; hazards: none

BEGIN;

ALTER TABLE ONLY public.events ALTER COLUMN body SET STORAGE EXTERNAL;

ALTER TABLE ONLY public.events ALTER COLUMN body SET COMPRESSION pglz;

ALTER TABLE ONLY public.events ALTER COLUMN kind SET STATISTICS 1000;

ALTER TABLE ONLY public.events ALTER COLUMN kind SET (n_distinct=12, n_distinct_inherited=12);

ALTER TABLE ONLY public.events ALTER COLUMN score SET STATISTICS 0;

CREATE TABLE public.audit (
    id bigint,
    note text
);

ALTER TABLE ONLY public.audit ALTER COLUMN id SET (n_distinct=-1);

ALTER TABLE ONLY public.audit ALTER COLUMN note SET STORAGE PLAIN;

ALTER TABLE public.events ADD COLUMN tags text[];

ALTER TABLE ONLY public.events ALTER COLUMN tags SET STATISTICS 50;

ALTER TABLE ONLY public.events ALTER COLUMN tags SET STORAGE MAIN;

COMMIT;
