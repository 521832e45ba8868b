CREATE TABLE public.m (id int NOT NULL, day date NOT NULL, a int, b text);
CREATE STATISTICS public.m_ab ON a, b FROM public.m;
CREATE STATISTICS public.m_expr ON (a * 2), upper(b) FROM public.m;
ALTER STATISTICS public.m_expr SET STATISTICS 50;
COMMENT ON STATISTICS public.m_expr IS 'expr';
ALTER TABLE public.m ALTER COLUMN b SET STORAGE EXTERNAL;
