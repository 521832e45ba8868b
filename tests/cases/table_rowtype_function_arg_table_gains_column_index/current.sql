CREATE TABLE parcels (id int PRIMARY KEY, w numeric NOT NULL, h numeric NOT NULL);
CREATE FUNCTION volume_class(p parcels) RETURNS text LANGUAGE sql IMMUTABLE RETURN CASE WHEN p.w * p.h > 100 THEN 'big' ELSE 'small' END;
CREATE VIEW parcel_classes AS SELECT p.id, volume_class(p) AS cls FROM parcels p;
