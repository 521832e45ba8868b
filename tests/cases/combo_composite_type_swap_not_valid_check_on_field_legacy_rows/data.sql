ALTER TABLE boxes DROP CONSTRAINT boxes_w_check;
INSERT INTO boxes VALUES (1, ROW(2, 3)), (2, ROW(0, 1));
ALTER TABLE boxes ADD CONSTRAINT boxes_w_check CHECK ((size).w > 0) NOT VALID;
