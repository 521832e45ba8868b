CREATE TABLE team_members (team_id bigint NOT NULL, member name NOT NULL, PRIMARY KEY (team_id, member));
CREATE FUNCTION is_member(t int) RETURNS boolean LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT EXISTS (SELECT 1 FROM team_members m WHERE m.team_id = t AND m.member = current_user);
END;
CREATE TABLE boards (id int PRIMARY KEY, team_id int NOT NULL, title text);
ALTER TABLE boards ENABLE ROW LEVEL SECURITY;
CREATE POLICY boards_member ON boards USING (is_member(team_id));
CREATE VIEW my_boards AS SELECT id, title FROM boards WHERE is_member(team_id);
