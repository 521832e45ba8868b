-- schemadiff plan
-- source fingerprint: e8d403a1b59802a6
-- target fingerprint: 7fbcfe69f08ea4ac
-- 21 statements; hazards: rewrite

SET check_function_bodies = false;

SET search_path = public;

BEGIN;

DROP VIEW public."group";

DROP INDEX public.order_user_idx;

ALTER TABLE public."order" DROP CONSTRAINT order_user_fkey;

-- hazard: rewrite
ALTER TABLE public."order" ALTER COLUMN "from" TYPE timestamp with time zone USING "from"::timestamp with time zone;

ALTER TABLE public."order" ALTER COLUMN "select" SET DEFAULT 'all'::text;

ALTER TABLE public."order" ADD CONSTRAINT schemadiff_nn_4308a15b5ce1bff9 CHECK ("select" IS NOT NULL) NOT VALID;

-- hazard: rewrite
ALTER TABLE public."order" ALTER COLUMN "user" TYPE bigint USING "user"::bigint;

-- hazard: rewrite
ALTER TABLE public."user" ALTER COLUMN "group" TYPE character varying(40);

-- hazard: rewrite
ALTER TABLE public."user" ALTER COLUMN id TYPE bigint USING id::bigint;

CREATE OR REPLACE FUNCTION public."table"("user" bigint)
 RETURNS bigint
 LANGUAGE sql
 STABLE
AS $function$ SELECT count(*) FROM "order" o WHERE o."user" = "table"."user" $function$;

ALTER TABLE public."order" ADD COLUMN "limit" integer;

ALTER TABLE public."user" ADD COLUMN "default" boolean DEFAULT false NOT NULL;

ALTER TABLE public."order" ADD CONSTRAINT order_limit_check CHECK ("limit" > 0) NOT VALID;

ALTER TABLE public."order" ADD CONSTRAINT order_user_fkey FOREIGN KEY ("user") REFERENCES public."user"(id) ON DELETE CASCADE NOT VALID;

CREATE VIEW public."group" AS
SELECT "group", count(*) AS "count", bool_or("default") AS "any" FROM "user" GROUP BY "group";

COMMIT;

ALTER TABLE public."order" VALIDATE CONSTRAINT schemadiff_nn_4308a15b5ce1bff9;

ALTER TABLE public."order" ALTER COLUMN "select" SET NOT NULL;

ALTER TABLE public."order" DROP CONSTRAINT schemadiff_nn_4308a15b5ce1bff9;

ALTER TABLE public."order" VALIDATE CONSTRAINT order_limit_check;

ALTER TABLE public."order" VALIDATE CONSTRAINT order_user_fkey;

CREATE INDEX CONCURRENTLY order_user_idx ON public."order" USING btree ("user", "from");
