-- Accounts, their membership in organizations and their API tokens.
create table account (
    id            uuid primary key,
    email         text not null,
    display_name  text not null,
    password_hash text not null,
    site_admin    boolean not null default false,
    created_at    timestamptz not null default now()
);
create unique index account_email_key on account (lower(email));

-- organization_id points to catalog.organization; no foreign key across modules,
-- organizations are soft-deleted so the id stays valid
create table membership (
    organization_id uuid not null,
    account_id      uuid not null references account (id) on delete cascade,
    role            text not null check (role in ('admin', 'editor')),
    created_at      timestamptz not null default now(),
    primary key (organization_id, account_id)
);
create index membership_account_idx on membership (account_id);

-- only the SHA-256 of a token is kept; the token itself is shown once, at creation
create table api_token (
    id           uuid primary key,
    account_id   uuid not null references account (id) on delete cascade,
    name         text not null,
    token_hash   bytea not null unique,
    prefix       text not null,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz,
    revoked_at   timestamptz,
    last_used_at timestamptz
);
create index api_token_account_idx on api_token (account_id);
