CREATE TABLE public.emp (id int PRIMARY KEY, name text, salary numeric);
CREATE FUNCTION public.raise(e int) RETURNS void LANGUAGE sql AS 'UPDATE public.emp SET salary = salary * 1.1 WHERE id = e';
GRANT SELECT ON public.emp TO PUBLIC;
