-- schemadiff plan
-- source fingerprint: 649e169166696929
-- target fingerprint: 7fe04ee1077bc195
-- 3 statements; hazards: data-loss,irreversible

BEGIN;

-- hazard: data-loss,irreversible
DROP TABLE public.logs_2023;

CREATE TABLE public.logs_2023 (
    id bigint NOT NULL,
    logged_on date NOT NULL,
    msg text NOT NULL,
    edited_at timestamp with time zone
);

CREATE TRIGGER logs_2023_edited BEFORE UPDATE ON public.logs_2023 FOR EACH ROW EXECUTE FUNCTION public.logs_edited();

COMMIT;
