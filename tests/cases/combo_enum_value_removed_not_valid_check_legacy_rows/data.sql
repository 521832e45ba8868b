ALTER TABLE jobs DROP CONSTRAINT jobs_high_owner;
INSERT INTO jobs VALUES (1, 'low', NULL), (2, 'high', NULL), (3, 'mid', 'x');
ALTER TABLE jobs ADD CONSTRAINT jobs_high_owner CHECK (prio <> 'high' OR owner IS NOT NULL) NOT VALID;
