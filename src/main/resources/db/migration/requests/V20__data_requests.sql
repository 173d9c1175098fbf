-- Data requests: people ask for data to be opened; the organization holding it answers through a
-- workflow whose every step is kept. Account, organization, zone and dataset ids point to other
-- modules: no foreign keys across modules (they are soft-deleted).
create table data_request (
    id                   uuid primary key,
    title                text not null,
    description          text not null,
    use_case             text not null,
    requester_type       text not null check (requester_type in
                             ('citizen', 'company', 'association', 'researcher', 'journalist', 'public-body')),
    requester_id         uuid not null,
    -- null: the requester did not know; a site administrator assigns it
    organization_id      uuid,
    zone_id              text,
    theme                text,
    -- the current step, as recorded by its last event
    status               text not null check (status in ('submitted', 'redirected', 'acknowledged', 'planned',
                             'published', 'already_open', 'refused', 'withdrawn')),
    submitted_at         timestamptz not null,
    status_changed_at    timestamptz not null,
    -- when the organization holding it received it (submission, assignment or redirect): the legal
    -- month runs from here; null while no organization holds it
    received_at          timestamptz,
    -- the holder's first answer (any step but a redirect or a withdrawal): it stops the clock
    first_answer_at      timestamptz,
    planned_for          date,
    refusal_reason       text,
    datasets             uuid[] not null default '{}',
    -- the acknowledgement or refusal stated the appeal routes and deadlines (CRPA): only then do
    -- the two months to refer the matter to the CADA bind the requester
    appeal_routes_stated boolean not null default false,
    support_count        integer not null default 0,
    comment_count        integer not null default 0,
    version              integer not null default 1
);
-- an organization's queue (by status, oldest received first) and its response times
create index data_request_organization_idx on data_request (organization_id, status, received_at);
-- the rate limit counts an account's requests of the last hour
create index data_request_requester_idx on data_request (requester_id, submitted_at);

-- Every step of every request, append-only: who moved it to which status, when, and with what.
create table request_event (
    id              bigint generated always as identity primary key,
    request_id      uuid not null references data_request (id),
    -- the version of the request this step made: two concurrent steps cannot both make it
    version         integer not null,
    at              timestamptz not null,
    actor_id        uuid not null,
    status          text not null,
    -- the organization holding the request after this step
    organization_id uuid,
    planned_for     date,
    refusal_reason  text,
    datasets        uuid[] not null default '{}',
    note            text,
    appeal_routes_stated boolean not null default false,
    unique (request_id, version)
);

create function request_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'request_event is append-only: a step is never changed or removed';
end
$$;
create trigger request_event_append_only before update or delete on request_event
    for each row execute function request_event_append_only();

create table request_support (
    request_id uuid not null references data_request (id),
    account_id uuid not null,
    at         timestamptz not null,
    primary key (request_id, account_id)
);

create table request_follower (
    request_id uuid not null references data_request (id),
    account_id uuid not null,
    at         timestamptz not null,
    primary key (request_id, account_id)
);
create index request_follower_account_idx on request_follower (account_id);

create table request_comment (
    id           uuid primary key,
    request_id   uuid not null references data_request (id),
    author_id    uuid not null,
    body         text not null,
    created_at   timestamptz not null,
    report_count integer not null default 0,
    hidden_at    timestamptz,
    hidden_by    uuid
);
create index request_comment_request_idx on request_comment (request_id, created_at);
-- the rate limit counts an account's comments of the last hour
create index request_comment_author_idx on request_comment (author_id, created_at);

create table request_comment_report (
    comment_id uuid not null references request_comment (id),
    account_id uuid not null,
    at         timestamptz not null,
    primary key (comment_id, account_id)
);
