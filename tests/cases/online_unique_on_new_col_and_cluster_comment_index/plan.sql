-- schemadiff plan
-- source fingerprint: e3c4ad5eb4d9c684
-- target fingerprint: 6b4b19e1001d6d90
-- 11 statements; hazards: rewrite

BEGIN;

ALTER TABLE public.tok ADD CONSTRAINT schemadiff_nn_063e1da86b62b9ba CHECK (owner IS NOT NULL) NOT VALID;

-- hazard: rewrite
ALTER TABLE public.tok ADD COLUMN secret text DEFAULT md5((random())::text) NOT NULL;

ALTER TABLE ONLY public.tok ALTER COLUMN secret SET STORAGE MAIN;

CREATE STATISTICS public.tok_owner_secret (ndistinct, dependencies, mcv) ON owner, secret FROM public.tok;

COMMIT;

ALTER TABLE public.tok VALIDATE CONSTRAINT schemadiff_nn_063e1da86b62b9ba;

ALTER TABLE public.tok ALTER COLUMN owner SET NOT NULL;

ALTER TABLE public.tok DROP CONSTRAINT schemadiff_nn_063e1da86b62b9ba;

CREATE UNIQUE INDEX CONCURRENTLY tok_secret ON public.tok USING btree (secret) INCLUDE (owner);

ALTER TABLE public.tok CLUSTER ON tok_secret;

ALTER TABLE public.tok REPLICA IDENTITY USING INDEX tok_secret;

COMMENT ON INDEX public.tok_secret IS 'lookup';
