insert into ticket_states values ('open', 'Open', false), ('in_progress', 'In progress', false), ('closed', 'Closed', true);
insert into tickets (title, state) values ('Printer on fire', 'open'), ('Ünicode bug', 'in_progress'), ('Done', 'closed');
