CREATE TABLE pts (id int PRIMARY KEY, x float8, y float8);
CREATE FUNCTION dist(a pts, origin_x float8 DEFAULT 0) RETURNS float8 LANGUAGE sql IMMUTABLE RETURN sqrt((a.x - origin_x)^2 + a.y^2);
CREATE VIEW pts_dist AS SELECT id, dist(p) AS d FROM pts p;
