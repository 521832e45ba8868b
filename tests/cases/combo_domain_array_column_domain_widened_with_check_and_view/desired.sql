CREATE DOMAIN score AS integer CONSTRAINT score_range CHECK (VALUE BETWEEN 0 AND 1000);
CREATE TABLE exams (
    id integer PRIMARY KEY,
    scores score[] NOT NULL DEFAULT '{}',
    best score,
    CONSTRAINT exams_best_check CHECK (best IS NULL OR best >= 0)
);
CREATE INDEX exams_best_idx ON exams (best);
CREATE VIEW exam_best AS SELECT id, best, cardinality(scores) AS n FROM exams;
