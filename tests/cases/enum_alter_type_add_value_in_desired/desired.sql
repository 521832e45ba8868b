CREATE TYPE color AS ENUM ('red', 'green');
ALTER TYPE color ADD VALUE 'blue';
ALTER TYPE color ADD VALUE IF NOT EXISTS 'amber' BEFORE 'green';
CREATE TABLE paint (id int, c color DEFAULT 'red');
