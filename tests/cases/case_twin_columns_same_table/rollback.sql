-- schemadiff rollback
-- source fingerprint: 1c531eb1468770b0
-- target fingerprint: c73682fb99e0d6eb
-- 13 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

COMMENT ON COLUMN public."People"."Id" IS NULL;

COMMENT ON COLUMN public."People".id IS NULL;

DROP INDEX public."People_Id_idx";

DROP INDEX public.people_id_idx;

ALTER TABLE public."People" DROP CONSTRAINT "People_id_fkey";

ALTER TABLE public."People" DROP CONSTRAINT people_name_check;

ALTER TABLE public."People" DROP CONSTRAINT "People_pkey";

-- hazard: data-loss,irreversible
ALTER TABLE public.people DROP COLUMN "ID";

-- hazard: rewrite
ALTER TABLE public."People" ALTER COLUMN "Id" TYPE integer USING "Id"::integer;

ALTER TABLE public."People" ALTER COLUMN "Id" DROP NOT NULL;

ALTER TABLE public."People" ALTER COLUMN "NAME" TYPE text USING "NAME"::text;

ALTER TABLE public."People" ALTER COLUMN name DROP DEFAULT;

ALTER TABLE public."People" ALTER COLUMN name DROP NOT NULL;

COMMIT;
