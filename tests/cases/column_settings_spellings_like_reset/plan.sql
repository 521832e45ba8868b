-- schemadiff plan
-- source fingerprint: 5b8439ed910c7ee0
-- target fingerprint: 53feefe5517b9429
-- 7 statements; hazards: none

BEGIN;

ALTER TABLE ONLY public.notes ALTER COLUMN body SET COMPRESSION default;

ALTER TABLE ONLY public.notes ALTER COLUMN tag SET STATISTICS -1;

ALTER TABLE ONLY public.notes ALTER COLUMN tag RESET (n_distinct);

ALTER TABLE ONLY public.notes ALTER COLUMN tag SET (n_distinct_inherited=4);

CREATE TABLE public.docs_copy (
    id integer,
    body text,
    meta jsonb
);

ALTER TABLE ONLY public.docs_copy ALTER COLUMN body SET STORAGE EXTERNAL;

ALTER TABLE ONLY public.docs_copy ALTER COLUMN body SET COMPRESSION pglz;

COMMIT;
