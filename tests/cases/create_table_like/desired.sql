CREATE TABLE base (id int PRIMARY KEY, created timestamptz DEFAULT now(), CONSTRAINT base_id_check CHECK (id > 0));
COMMENT ON COLUMN base.created IS 'creation time';
CREATE INDEX base_created_idx ON base (created);
CREATE TABLE copy1 (LIKE base INCLUDING ALL, extra text);
CREATE TABLE copy2 (LIKE base);
