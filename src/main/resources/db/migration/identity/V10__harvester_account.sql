-- the account harvests act as: history names it as the author of harvested changes; it has no
-- usable password, so nobody can sign in with it
insert into account (id, email, display_name, password_hash)
values ('00000000-0000-4000-8000-000000000001', 'harvester@datagora.invalid', 'Moissonneur', '!');
