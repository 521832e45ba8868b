-- schemadiff plan
-- source fingerprint: 89e3347c7bb08abe
-- target fingerprint: f7a0a016c6bb5aed
-- 12 statements; hazards: data-loss,irreversible

BEGIN;

DROP STATISTICS public.m_ab;

DROP STATISTICS public.m_expr;

-- hazard: data-loss,irreversible
DROP TABLE public.m;

CREATE TABLE public.m (
    id integer NOT NULL,
    day date NOT NULL,
    a bigint,
    b text
) PARTITION BY RANGE (day);

ALTER TABLE ONLY public.m ALTER COLUMN b SET STORAGE EXTERNAL;

CREATE TABLE public.m_2025 PARTITION OF public.m FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

ALTER TABLE ONLY public.m_2025 ALTER COLUMN a SET STATISTICS 42;

CREATE STATISTICS public.m_2025_ab (ndistinct, dependencies, mcv) ON a, b FROM public.m_2025;

CREATE STATISTICS public.m_ab (ndistinct, dependencies, mcv) ON a, b FROM public.m;

CREATE STATISTICS public.m_expr (ndistinct, dependencies, mcv) ON ((a * 2)), (upper(b)) FROM public.m;

ALTER STATISTICS public.m_expr SET STATISTICS 50;

COMMENT ON STATISTICS public.m_expr IS 'expr';

COMMIT;
