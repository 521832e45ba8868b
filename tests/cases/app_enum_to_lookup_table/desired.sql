create table ticket_states (
    code text primary key,
    label text not null,
    is_terminal boolean not null default false
);
create table tickets (
    id integer generated always as identity primary key,
    title text not null,
    state text not null default 'open',
    opened_at timestamptz not null default now()
);
create index tickets_open_idx on tickets (opened_at) where state <> 'closed';
create function ticket_is_open(t tickets) returns boolean language sql stable
    as $$ select t.state <> 'closed' $$;
create view open_tickets as select id, title, state from tickets where state <> 'closed';
alter table tickets add constraint tickets_state_fkey foreign key (state) references ticket_states(code) on update cascade not valid;
