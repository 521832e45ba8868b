-- schemadiff rollback
-- source fingerprint: 4be2a5ac2fdd9742
-- target fingerprint: fde87c590969fb7c
-- 6 statements; hazards: data-loss,rewrite,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.sess;

ALTER TABLE public.acct REPLICA IDENTITY DEFAULT;

ALTER TABLE public.acct ALTER COLUMN email TYPE text USING email::text;

ALTER TABLE public.acct ALTER COLUMN email DROP NOT NULL;

-- hazard: rewrite
ALTER TABLE public.acct ALTER COLUMN id TYPE integer USING id::integer;

ALTER TABLE public.acct CLUSTER ON acct_email;

COMMIT;
