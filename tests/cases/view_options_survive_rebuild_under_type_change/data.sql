INSERT INTO tickets VALUES (1, current_user, 3, true);
