-- schemadiff plan
-- source fingerprint: c73682fb99e0d6eb
-- target fingerprint: 1c531eb1468770b0
-- 22 statements; hazards: rewrite

SET search_path = public;

BEGIN;

-- hazard: rewrite
ALTER TABLE public."People" ALTER COLUMN "Id" TYPE bigint USING "Id"::bigint;

ALTER TABLE public."People" ADD CONSTRAINT schemadiff_nn_fd9dd762fd641a9f CHECK ("Id" IS NOT NULL) NOT VALID;

-- hazard: rewrite
ALTER TABLE public."People" ALTER COLUMN "NAME" TYPE character varying(50);

ALTER TABLE public."People" ALTER COLUMN name SET DEFAULT ''::text;

ALTER TABLE public."People" ADD CONSTRAINT schemadiff_nn_e7a9d8adab38099e CHECK (name IS NOT NULL) NOT VALID;

ALTER TABLE public.people ADD COLUMN "ID" integer;

ALTER TABLE public."People" ADD CONSTRAINT people_name_check CHECK (name <> "NAME") NOT VALID;

ALTER TABLE public."People" ADD CONSTRAINT "People_id_fkey" FOREIGN KEY (id) REFERENCES public.people(id) NOT VALID;

COMMENT ON COLUMN public."People"."Id" IS 'upper';

COMMENT ON COLUMN public."People".id IS 'lower';

COMMIT;

ALTER TABLE public."People" VALIDATE CONSTRAINT schemadiff_nn_fd9dd762fd641a9f;

ALTER TABLE public."People" ALTER COLUMN "Id" SET NOT NULL;

ALTER TABLE public."People" DROP CONSTRAINT schemadiff_nn_fd9dd762fd641a9f;

ALTER TABLE public."People" VALIDATE CONSTRAINT schemadiff_nn_e7a9d8adab38099e;

ALTER TABLE public."People" ALTER COLUMN name SET NOT NULL;

ALTER TABLE public."People" DROP CONSTRAINT schemadiff_nn_e7a9d8adab38099e;

CREATE UNIQUE INDEX CONCURRENTLY "People_pkey" ON public."People" ("Id");

ALTER TABLE public."People" ADD CONSTRAINT "People_pkey" PRIMARY KEY USING INDEX "People_pkey";

ALTER TABLE public."People" VALIDATE CONSTRAINT people_name_check;

ALTER TABLE public."People" VALIDATE CONSTRAINT "People_id_fkey";

CREATE INDEX CONCURRENTLY "People_Id_idx" ON public."People" USING btree ("NAME");

CREATE INDEX CONCURRENTLY people_id_idx ON public."People" USING btree (id);
