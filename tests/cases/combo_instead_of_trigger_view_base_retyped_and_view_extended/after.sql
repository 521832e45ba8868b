INSERT INTO people_v (id, name) VALUES (3, 'cy');
DELETE FROM people WHERE id = 3;
