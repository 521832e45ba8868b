-- schemadiff rollback
-- source fingerprint: f7a0a016c6bb5aed
-- target fingerprint: 89e3347c7bb08abe
-- 10 statements; hazards: data-loss,irreversible

BEGIN;

DROP STATISTICS public.m_ab;

DROP STATISTICS public.m_expr;

-- hazard: data-loss,irreversible
DROP TABLE public.m_2025;

-- hazard: data-loss,irreversible
DROP TABLE public.m;

CREATE TABLE public.m (
    id integer NOT NULL,
    day date NOT NULL,
    a integer,
    b text
);

ALTER TABLE ONLY public.m ALTER COLUMN b SET STORAGE EXTERNAL;

CREATE STATISTICS public.m_ab (ndistinct, dependencies, mcv) ON a, b FROM public.m;

CREATE STATISTICS public.m_expr (ndistinct, dependencies, mcv) ON ((a * 2)), (upper(b)) FROM public.m;

ALTER STATISTICS public.m_expr SET STATISTICS 50;

COMMENT ON STATISTICS public.m_expr IS 'expr';

COMMIT;
