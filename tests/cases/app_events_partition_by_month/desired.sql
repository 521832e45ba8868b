create table events (
    id bigserial,
    occurred_at timestamptz not null default now(),
    kind text not null,
    payload jsonb,
    primary key (id, occurred_at)
) partition by range (occurred_at);
create table events_2024_01 partition of events for values from ('2024-01-01 00:00:00+00') to ('2024-02-01 00:00:00+00');
create table events_2024_02 partition of events for values from ('2024-02-01 00:00:00+00') to ('2024-03-01 00:00:00+00');
create table events_default partition of events default;
create index events_kind_idx on events (kind, occurred_at);
create view recent_events as select id, kind from events where occurred_at > now() - interval '1 day';
