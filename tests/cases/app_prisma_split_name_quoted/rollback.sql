-- schemadiff rollback
-- source fingerprint: eb747a5d175b8b66
-- target fingerprint: c44b9a19fcdc1750
-- 11 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

DROP INDEX public."Post_authorId_published_idx";

ALTER TABLE public."Post" DROP CONSTRAINT "Post_authorId_fkey";

-- hazard: data-loss,irreversible
ALTER TABLE public."Post" DROP COLUMN "publishedAt";

-- hazard: data-loss,irreversible
ALTER TABLE public."User" DROP COLUMN "firstName";

-- hazard: data-loss,irreversible
ALTER TABLE public."User" DROP COLUMN "lastName";

-- hazard: data-loss,irreversible
ALTER TABLE public."User" DROP COLUMN role;

DROP TYPE public."Role";

-- hazard: rewrite
ALTER TABLE public."Post" ALTER COLUMN title TYPE character varying(191);

ALTER TABLE public."User" ADD COLUMN name text;

ALTER TABLE public."Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES public."User"(id) ON UPDATE CASCADE ON DELETE RESTRICT NOT VALID;

COMMIT;

ALTER TABLE public."Post" VALIDATE CONSTRAINT "Post_authorId_fkey";
