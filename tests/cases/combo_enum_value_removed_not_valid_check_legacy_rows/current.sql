CREATE TYPE priority AS ENUM ('low', 'obsolete', 'mid', 'high');
CREATE TABLE jobs (
    id integer PRIMARY KEY,
    prio priority NOT NULL DEFAULT 'low',
    owner text
);
ALTER TABLE jobs ADD CONSTRAINT jobs_high_owner CHECK (prio <> 'high' OR owner IS NOT NULL) NOT VALID;
CREATE INDEX jobs_prio_idx ON jobs (prio) WHERE prio <> 'low';
