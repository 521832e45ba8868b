ALTER TABLE usages DROP CONSTRAINT usages_code_fkey;
INSERT INTO codes VALUES (1, 'one');
INSERT INTO usages VALUES (1, 1), (2, 404);
ALTER TABLE usages ADD CONSTRAINT usages_code_fkey FOREIGN KEY (code) REFERENCES codes (code) NOT VALID;
