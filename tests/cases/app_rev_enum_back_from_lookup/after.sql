do $$ begin
  if to_regclass('ticket_states') is not null then
    execute $q$insert into ticket_states (code, label) values ('open', 'Open') on conflict do nothing$q$;
  end if;
end $$;
insert into tickets (title) values ('new ticket');
