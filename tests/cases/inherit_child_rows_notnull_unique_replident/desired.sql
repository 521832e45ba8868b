CREATE TABLE public.base (id int, code text NOT NULL);
CREATE TABLE public.kid (x int) INHERITS (public.base);
ALTER TABLE public.kid ALTER COLUMN x SET NOT NULL;
ALTER TABLE public.kid ADD CONSTRAINT kid_code_key UNIQUE (code);
ALTER TABLE public.kid REPLICA IDENTITY USING INDEX kid_code_key;
ALTER TABLE public.kid CLUSTER ON kid_code_key;
COMMENT ON CONSTRAINT kid_code_key ON public.kid IS 'uniq';
ALTER TABLE public.kid ALTER COLUMN code SET STATISTICS 77;
