CREATE TABLE public.t (
    id integer NOT NULL,
    status text,
    kind character varying(10),
    n integer,
    s text,
    CONSTRAINT t_status_check CHECK ((status = ANY (ARRAY['a'::text, 'b'::text]))),
    CONSTRAINT t_n_check CHECK (((n >= 1) AND (n <= 10))),
    CONSTRAINT t_s_check CHECK ((s ~~ 'a%'::text)),
    CONSTRAINT t_ne CHECK ((n <> 5)),
    CONSTRAINT t_dist CHECK ((NOT (s IS DISTINCT FROM status)))
);
