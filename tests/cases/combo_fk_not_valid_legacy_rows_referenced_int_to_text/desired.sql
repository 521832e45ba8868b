CREATE TABLE codes (
    code text PRIMARY KEY,
    label text
);
CREATE TABLE usages (
    id integer PRIMARY KEY,
    code text
);
ALTER TABLE usages ADD CONSTRAINT usages_code_fkey FOREIGN KEY (code) REFERENCES codes (code) NOT VALID;
CREATE INDEX usages_code_idx ON usages (code);
