CREATE TABLE parcels (id bigint PRIMARY KEY, w numeric NOT NULL);
CREATE FUNCTION heavy(p parcels) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN p.w > 10;
