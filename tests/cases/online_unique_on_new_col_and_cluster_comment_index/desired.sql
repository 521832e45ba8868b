CREATE TABLE public.tok (id int PRIMARY KEY, owner int NOT NULL, secret text NOT NULL DEFAULT md5(random()::text));
CREATE UNIQUE INDEX tok_secret ON public.tok (secret) INCLUDE (owner);
COMMENT ON INDEX public.tok_secret IS 'lookup';
ALTER TABLE public.tok CLUSTER ON tok_secret;
ALTER TABLE public.tok REPLICA IDENTITY USING INDEX tok_secret;
ALTER TABLE public.tok ALTER COLUMN secret SET STORAGE MAIN;
CREATE STATISTICS public.tok_owner_secret ON owner, secret FROM public.tok;
