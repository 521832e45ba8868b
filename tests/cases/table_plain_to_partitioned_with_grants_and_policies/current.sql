-- Table plain to partitioned with grants and policies.
CREATE TABLE activity (
    id bigint NOT NULL,
    at date NOT NULL,
    actor text NOT NULL,
    PRIMARY KEY (id, at)
);
CREATE INDEX activity_actor_idx ON activity (actor);
ALTER TABLE activity ENABLE ROW LEVEL SECURITY;
CREATE POLICY activity_read ON activity FOR SELECT TO sd_reader USING (true);
GRANT SELECT ON activity TO sd_reader;
COMMENT ON TABLE activity IS 'user activity';
CREATE VIEW activity_today AS SELECT id, actor FROM activity WHERE at = current_date;
