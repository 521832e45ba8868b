INSERT INTO team_members VALUES (1, 'postgres'); INSERT INTO boards VALUES (1, 1, 'b');
