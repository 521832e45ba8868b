-- Fk composite on update cascade.
CREATE TABLE warehouses (
    company_id int NOT NULL,
    code text NOT NULL,
    name text NOT NULL,
    PRIMARY KEY (company_id, code)
);
CREATE TABLE bins (
    id int PRIMARY KEY,
    company_id int NOT NULL,
    warehouse_code text NOT NULL,
    label text NOT NULL,
    FOREIGN KEY (company_id, warehouse_code) REFERENCES warehouses (company_id, code)
);
