CREATE TABLE memberships (user_name text NOT NULL, team_id bigint NOT NULL, PRIMARY KEY (user_name, team_id));
CREATE TABLE team_files (id int PRIMARY KEY, team_id bigint NOT NULL, path text NOT NULL);
ALTER TABLE team_files ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_files_member ON team_files FOR SELECT
    USING (team_id IN (SELECT m.team_id FROM memberships m WHERE m.user_name = current_user));
