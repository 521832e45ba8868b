CREATE DOMAIN entity_id AS integer CONSTRAINT entity_id_positive CHECK (VALUE > 0);
CREATE TABLE owners (
    id entity_id PRIMARY KEY,
    name text
);
CREATE TABLE pets (
    id entity_id PRIMARY KEY,
    owner_id entity_id NOT NULL REFERENCES owners (id) ON UPDATE CASCADE,
    name text
);
CREATE INDEX pets_owner_idx ON pets (owner_id);
CREATE VIEW pet_owners AS SELECT p.id, p.name, o.name AS owner FROM pets p JOIN owners o ON o.id = p.owner_id;
