INSERT INTO public.t VALUES (1,1,'a'),(2,2,'b');
REFRESH MATERIALIZED VIEW public.mv;
