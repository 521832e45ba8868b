-- Unique constraint deferrable referenced by fk.
CREATE TABLE positions (
    id bigint PRIMARY KEY,
    list_id bigint NOT NULL,
    pos integer NOT NULL,
    CONSTRAINT positions_list_pos_key UNIQUE (list_id, pos)
);
