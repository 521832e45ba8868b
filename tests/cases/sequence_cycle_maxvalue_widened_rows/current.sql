CREATE SEQUENCE ticket_no_seq AS smallint MINVALUE 1 MAXVALUE 999 CYCLE;
CREATE TABLE tickets (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ticket_no smallint NOT NULL DEFAULT nextval('ticket_no_seq'),
    issued date NOT NULL DEFAULT current_date
);
