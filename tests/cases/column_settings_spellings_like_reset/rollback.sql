-- schemadiff rollback
-- source fingerprint: 53feefe5517b9429
-- target fingerprint: 5b8439ed910c7ee0
-- 5 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.docs_copy;

ALTER TABLE ONLY public.notes ALTER COLUMN body SET COMPRESSION pglz;

ALTER TABLE ONLY public.notes ALTER COLUMN tag SET STATISTICS 77;

ALTER TABLE ONLY public.notes ALTER COLUMN tag RESET (n_distinct_inherited);

ALTER TABLE ONLY public.notes ALTER COLUMN tag SET (n_distinct=3);

COMMIT;
