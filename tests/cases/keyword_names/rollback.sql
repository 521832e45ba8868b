-- schemadiff rollback
-- source fingerprint: 7fbcfe69f08ea4ac
-- target fingerprint: e8d403a1b59802a6
-- 17 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

DROP VIEW public."group";

DROP INDEX public.order_user_idx;

ALTER TABLE public."order" DROP CONSTRAINT order_user_fkey;

ALTER TABLE public."order" DROP CONSTRAINT order_limit_check;

-- hazard: data-loss,irreversible
ALTER TABLE public."order" DROP COLUMN "limit";

-- hazard: data-loss,irreversible
ALTER TABLE public."user" DROP COLUMN "default";

DROP FUNCTION public."table"("user" bigint);

-- hazard: data-loss,rewrite,irreversible
ALTER TABLE public."order" ALTER COLUMN "from" TYPE date USING "from"::date;

ALTER TABLE public."order" ALTER COLUMN "select" DROP DEFAULT;

ALTER TABLE public."order" ALTER COLUMN "select" DROP NOT NULL;

-- hazard: rewrite
ALTER TABLE public."order" ALTER COLUMN "user" TYPE integer USING "user"::integer;

ALTER TABLE public."user" ALTER COLUMN "group" TYPE text USING "group"::text;

-- hazard: rewrite
ALTER TABLE public."user" ALTER COLUMN id TYPE integer USING id::integer;

ALTER TABLE public."order" ADD CONSTRAINT order_user_fkey FOREIGN KEY ("user") REFERENCES public."user"(id) NOT VALID;

CREATE VIEW public."group" AS
 SELECT "user"."group",
    count(*) AS count
   FROM public."user"
  GROUP BY "user"."group";

COMMIT;

ALTER TABLE public."order" VALIDATE CONSTRAINT order_user_fkey;

CREATE INDEX CONCURRENTLY order_user_idx ON public."order" USING btree ("user");
