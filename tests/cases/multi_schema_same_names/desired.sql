CREATE SCHEMA app;
CREATE SCHEMA audit;

CREATE TYPE app.level AS ENUM ('info', 'warn');
CREATE TYPE audit.level AS ENUM ('info', 'warn', 'error');

CREATE TABLE app.events (
    id bigint PRIMARY KEY,
    level app.level NOT NULL,
    created_at timestamptz NOT NULL
);

CREATE TABLE audit.events (
    id bigint PRIMARY KEY,
    level audit.level NOT NULL,
    created_at timestamptz NOT NULL,
    actor text,
    app_event_id bigint REFERENCES app.events (id)
);

CREATE TABLE public.events (
    id bigint PRIMARY KEY
);

CREATE INDEX events_created_at_idx ON app.events (created_at);
CREATE INDEX events_created_at_idx ON audit.events (created_at DESC) INCLUDE (actor);
CREATE INDEX events_app_event_id_idx ON audit.events (app_event_id);
