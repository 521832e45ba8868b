create type ticket_state as enum ('open', 'in_progress', 'closed');
create table tickets (
    id integer generated always as identity primary key,
    title text not null,
    state ticket_state not null default 'open',
    opened_at timestamptz not null default now()
);
create index tickets_open_idx on tickets (opened_at) where state <> 'closed';
create function ticket_is_open(t tickets) returns boolean language sql stable
    as $$ select t.state <> 'closed' $$;
create view open_tickets as select id, title, state from tickets where state <> 'closed';
