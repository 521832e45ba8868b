CREATE TABLE base (id int PRIMARY KEY, created timestamptz DEFAULT now(), CONSTRAINT base_id_check CHECK (id > 0));
