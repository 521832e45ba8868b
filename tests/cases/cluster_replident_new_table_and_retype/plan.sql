-- schemadiff plan
-- source fingerprint: fde87c590969fb7c
-- target fingerprint: 4be2a5ac2fdd9742
-- 13 statements; hazards: rewrite

BEGIN;

-- hazard: rewrite
ALTER TABLE public.acct ALTER COLUMN email TYPE character varying(200);

ALTER TABLE public.acct ADD CONSTRAINT schemadiff_nn_44a3323f5b317acb CHECK (email IS NOT NULL) NOT VALID;

-- hazard: rewrite
ALTER TABLE public.acct ALTER COLUMN id TYPE bigint USING id::bigint;

ALTER TABLE public.acct CLUSTER ON acct_id;

CREATE TABLE public.sess (
    id bigint NOT NULL,
    acct_id bigint NOT NULL,
    tok text NOT NULL
);

ALTER TABLE public.sess ADD CONSTRAINT sess_acct_id_fkey FOREIGN KEY (acct_id) REFERENCES public.acct(id);

CREATE UNIQUE INDEX sess_tok ON public.sess USING btree (tok);

ALTER TABLE public.sess CLUSTER ON sess_tok;

ALTER TABLE public.sess REPLICA IDENTITY USING INDEX sess_tok;

COMMIT;

ALTER TABLE public.acct VALIDATE CONSTRAINT schemadiff_nn_44a3323f5b317acb;

ALTER TABLE public.acct ALTER COLUMN email SET NOT NULL;

ALTER TABLE public.acct DROP CONSTRAINT schemadiff_nn_44a3323f5b317acb;

ALTER TABLE public.acct REPLICA IDENTITY USING INDEX acct_email;
