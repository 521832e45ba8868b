CREATE TABLE memberships (
    user_name text NOT NULL,
    group_id bigint NOT NULL,
    PRIMARY KEY (user_name, group_id)
);
CREATE TABLE files (
    id integer PRIMARY KEY,
    group_id bigint NOT NULL,
    path text NOT NULL
);
CREATE INDEX files_group_idx ON files (group_id);
ALTER TABLE files ENABLE ROW LEVEL SECURITY;
CREATE POLICY files_member ON files USING (
    EXISTS (SELECT 1 FROM memberships m WHERE m.group_id = files.group_id AND m.user_name = current_user));
CREATE POLICY files_insert ON files FOR INSERT WITH CHECK (group_id > 0);
