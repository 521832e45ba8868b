INSERT INTO my_tickets VALUES (2, current_user, 1, true);
DELETE FROM tickets WHERE id = 2;
