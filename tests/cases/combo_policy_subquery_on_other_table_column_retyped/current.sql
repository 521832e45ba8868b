CREATE TABLE memberships (
    user_name varchar(20) NOT NULL,
    group_id integer NOT NULL,
    PRIMARY KEY (user_name, group_id)
);
CREATE TABLE files (
    id integer PRIMARY KEY,
    group_id integer NOT NULL,
    path text NOT NULL
);
ALTER TABLE files ENABLE ROW LEVEL SECURITY;
CREATE POLICY files_member ON files USING (
    EXISTS (SELECT 1 FROM memberships m WHERE m.group_id = files.group_id AND m.user_name = current_user));
