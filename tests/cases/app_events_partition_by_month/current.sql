create table events (
    id bigserial,
    occurred_at timestamptz not null default now(),
    kind text not null,
    payload jsonb,
    primary key (id)
);
create index events_kind_idx on events (kind, occurred_at);
create view recent_events as select id, kind from events where occurred_at > now() - interval '1 day';
