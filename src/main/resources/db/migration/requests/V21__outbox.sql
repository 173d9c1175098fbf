-- E-mail notifications: every message is written here in the transaction that decides it. With an
-- SMTP server configured, a background job sends those not sent yet and marks them; without one
-- they stay here, for site administrators to read, and nothing leaves the machine.
create table outbox (
    id         bigint generated always as identity primary key,
    recipient  text not null,
    subject    text not null,
    body       text not null,
    created_at timestamptz not null,
    sent_at    timestamptz,
    attempts   integer not null default 0,
    last_error text
);
create index outbox_unsent_idx on outbox (id) where sent_at is null;
-- site administrators read the messages to one address, newest first
create index outbox_recipient_idx on outbox (lower(recipient), id);
