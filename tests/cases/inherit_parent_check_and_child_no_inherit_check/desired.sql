-- area must be non-negative everywhere; only the parent itself may hold
-- 'shape' rows (NO INHERIT); squares get a check of their own.
CREATE TABLE shapes (
    id integer NOT NULL,
    kind text NOT NULL DEFAULT 'shape',
    area numeric,
    CONSTRAINT shapes_area_nonneg CHECK (area >= 0),
    CONSTRAINT shapes_only_generic CHECK (kind = 'shape') NO INHERIT
);
CREATE TABLE circles (
    radius numeric NOT NULL
) INHERITS (shapes);
CREATE TABLE squares (
    side numeric NOT NULL,
    CONSTRAINT squares_side_positive CHECK (side > 0)
) INHERITS (shapes);
