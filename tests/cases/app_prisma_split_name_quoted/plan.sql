-- schemadiff plan
-- source fingerprint: c44b9a19fcdc1750
-- target fingerprint: eb747a5d175b8b66
-- 11 statements; hazards: data-loss,irreversible

BEGIN;

ALTER TABLE public."Post" DROP CONSTRAINT "Post_authorId_fkey";

-- hazard: data-loss,irreversible
ALTER TABLE public."User" DROP COLUMN name;

ALTER TABLE public."Post" ALTER COLUMN title TYPE character varying(255);

CREATE TYPE public."Role" AS ENUM ('USER', 'ADMIN');

ALTER TABLE public."Post" ADD COLUMN "publishedAt" timestamp(3) without time zone;

ALTER TABLE public."User" ADD COLUMN "firstName" text;

ALTER TABLE public."User" ADD COLUMN "lastName" text;

ALTER TABLE public."User" ADD COLUMN role public."Role" DEFAULT 'USER'::public."Role" NOT NULL;

ALTER TABLE public."Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES public."User"(id) ON UPDATE CASCADE ON DELETE CASCADE NOT VALID;

COMMIT;

ALTER TABLE public."Post" VALIDATE CONSTRAINT "Post_authorId_fkey";

CREATE INDEX CONCURRENTLY "Post_authorId_published_idx" ON public."Post" USING btree ("authorId", published);
