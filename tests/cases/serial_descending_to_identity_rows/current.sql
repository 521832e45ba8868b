CREATE TABLE ledger (
    id integer NOT NULL,
    memo text NOT NULL,
    CONSTRAINT ledger_pkey PRIMARY KEY (id)
);
CREATE SEQUENCE ledger_id_seq AS integer START WITH -1 INCREMENT BY -1 MINVALUE -2147483648 MAXVALUE -1 CACHE 1;
ALTER SEQUENCE ledger_id_seq OWNED BY ledger.id;
ALTER TABLE ledger ALTER COLUMN id SET DEFAULT nextval('ledger_id_seq'::regclass);
