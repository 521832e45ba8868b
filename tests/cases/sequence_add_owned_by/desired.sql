CREATE SEQUENCE tickets_id_seq AS bigint START WITH 1 INCREMENT BY 1;

CREATE TABLE tickets (
    id bigint NOT NULL DEFAULT nextval('tickets_id_seq') PRIMARY KEY,
    subject text NOT NULL
);

ALTER SEQUENCE tickets_id_seq OWNED BY tickets.id;
