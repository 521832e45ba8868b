INSERT INTO venues (main, extra) VALUES
  (ROW('Hall', ROW(59.3, 18.0)), ARRAY[ROW('Annex', ROW(59.31, 18.01))::place]),
  (ROW('Park', ROW(48.1, 11.5)), NULL);
