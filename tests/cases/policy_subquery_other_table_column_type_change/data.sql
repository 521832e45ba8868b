INSERT INTO memberships VALUES ('alice', 1); INSERT INTO team_files VALUES (1, 1, '/a');
