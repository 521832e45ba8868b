INSERT INTO members VALUES (1, 'ann', '555', 'oslo');
