CREATE TABLE shelves (
    aisle integer NOT NULL,
    code varchar(10) NOT NULL,
    label text,
    PRIMARY KEY (aisle, code)
);
CREATE TABLE slots (
    id integer PRIMARY KEY,
    aisle integer NOT NULL,
    shelf_code varchar(10) NOT NULL,
    FOREIGN KEY (aisle, shelf_code) REFERENCES shelves (aisle, code) ON UPDATE CASCADE ON DELETE CASCADE
);
CREATE INDEX slots_shelf_idx ON slots (aisle, shelf_code);
CREATE VIEW slot_labels AS SELECT s.id, h.label FROM slots s JOIN shelves h ON h.aisle = s.aisle AND h.code = s.shelf_code;
