CREATE TABLE public.acct (id bigint NOT NULL, email varchar(200) NOT NULL);
CREATE UNIQUE INDEX acct_email ON public.acct (email);
CREATE UNIQUE INDEX acct_id ON public.acct (id);
ALTER TABLE public.acct CLUSTER ON acct_id;
ALTER TABLE public.acct REPLICA IDENTITY USING INDEX acct_email;
CREATE TABLE public.sess (id bigint NOT NULL, acct_id bigint NOT NULL REFERENCES public.acct (id), tok text NOT NULL);
CREATE UNIQUE INDEX sess_tok ON public.sess (tok);
ALTER TABLE public.sess REPLICA IDENTITY USING INDEX sess_tok;
ALTER TABLE public.sess CLUSTER ON sess_tok;
