ALTER TABLE readings DROP CONSTRAINT readings_range;
INSERT INTO readings VALUES (1, 20, 'a'), (2, 999, NULL);
ALTER TABLE readings ADD CONSTRAINT readings_range CHECK (celsius BETWEEN -90 AND 60) NOT VALID;
