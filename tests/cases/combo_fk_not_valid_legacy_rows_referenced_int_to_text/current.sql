CREATE TABLE codes (
    code integer PRIMARY KEY,
    label text
);
CREATE TABLE usages (
    id integer PRIMARY KEY,
    code integer
);
ALTER TABLE usages ADD CONSTRAINT usages_code_fkey FOREIGN KEY (code) REFERENCES codes (code) NOT VALID;
