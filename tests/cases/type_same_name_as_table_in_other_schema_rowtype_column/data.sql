INSERT INTO app.snapshots VALUES (1, ROW(1, 'ann'), ROW(1, 'a@b'));
