CREATE TABLE parcels (id int PRIMARY KEY, w numeric NOT NULL, fragile boolean NOT NULL DEFAULT false);
CREATE FUNCTION heavy(p parcels) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN p.w > 10;
