CREATE SEQUENCE ticket_no_seq AS integer MINVALUE 1 MAXVALUE 99999 NO CYCLE;
CREATE TABLE tickets (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_no integer NOT NULL DEFAULT nextval('ticket_no_seq'),
    issued date NOT NULL DEFAULT current_date
);
COMMENT ON SEQUENCE ticket_no_seq IS 'counter printed on paper tickets';
