-- schemadiff plan
-- source fingerprint: cf7f00ffce3aa091
-- target fingerprint: 32c295d1470821da
-- 8 statements; hazards: none

SET search_path = public;

BEGIN;

ALTER TABLE public.t ENABLE ROW LEVEL SECURITY;

ALTER TABLE public.t ADD CONSTRAINT t_x_check CHECK (x < 100 /* upper bound */ -- and a line comment
) NOT VALID;

ALTER TABLE public.t ADD CONSTRAINT x_positive CHECK (x > 0 -- must be positive
    ) NOT VALID;

CREATE VIEW public.v AS
SELECT id FROM t;

CREATE POLICY p ON public.t AS PERMISSIVE FOR ALL TO PUBLIC USING (owner = current_user -- own rows
) WITH CHECK (x > 2 -- checked
);

COMMIT;

ALTER TABLE public.t VALIDATE CONSTRAINT t_x_check;

ALTER TABLE public.t VALIDATE CONSTRAINT x_positive;

CREATE INDEX CONCURRENTLY t_x_idx ON public.t USING btree (x) WHERE x > 1;
