INSERT INTO prefs VALUES (1, null, 5);
