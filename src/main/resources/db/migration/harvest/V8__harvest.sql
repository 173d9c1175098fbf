-- harvest sources, their jobs and the outcome of every item of a job. organization, account and
-- dataset ids point to other modules: no foreign keys across modules (they are soft-deleted)
create table harvest_source (
    id               uuid primary key,
    organization_id  uuid not null,
    name             text not null,
    url              text not null,
    protocol         text not null,
    options          jsonb not null default '{}',
    -- how often it runs by itself: null (only when asked), daily, weekly
    schedule         text check (schedule in ('daily', 'weekly')),
    -- days a dataset gone from the source stays before it is archived
    grace_days       integer not null default 7 check (grace_days >= 0),
    -- pending until a site admin validates it; only validated sources run (previews always may)
    validation       text not null default 'pending' check (validation in ('pending', 'accepted', 'refused')),
    validation_note  text,
    validated_by     uuid,
    validated_at     timestamptz,
    created_by       uuid not null,
    created_at       timestamptz not null default now(),
    deleted_at       timestamptz,
    version          integer not null default 1
);
create index harvest_source_organization_idx on harvest_source (organization_id) where deleted_at is null;

create table harvest_job (
    id            uuid primary key,
    source_id     uuid not null references harvest_source (id),
    -- a preview reads and compares, and writes nothing to the catalog
    preview       boolean not null default false,
    state         text not null default 'queued' check (state in ('queued', 'running', 'done', 'failed')),
    error         text,
    queued_at     timestamptz not null default now(),
    started_at    timestamptz,
    ended_at      timestamptz,
    -- a running job beats: one whose node died is found by its silence
    heartbeat_at  timestamptz,
    attempts      integer not null default 0,
    items         integer not null default 0,
    created       integer not null default 0,
    updated       integer not null default 0,
    unchanged     integer not null default 0,
    archived      integer not null default 0,
    skipped       integer not null default 0,
    failed        integer not null default 0
);
create index harvest_job_source_idx on harvest_job (source_id, queued_at desc);
-- one job at a time per source, whichever node asks (a preview may run beside it)
create unique index harvest_job_one_at_a_time on harvest_job (source_id, preview) where state in ('queued', 'running');
create index harvest_job_running_idx on harvest_job (state, heartbeat_at) where state in ('queued', 'running');

create table harvest_item (
    id          bigserial primary key,
    job_id      uuid not null references harvest_job (id) on delete cascade,
    remote_id   text,
    dataset_id  uuid,
    title       text,
    outcome     text not null check (outcome in ('created', 'updated', 'unchanged', 'archived', 'skipped', 'failed')),
    message     text
);
create index harvest_item_job_idx on harvest_item (job_id, outcome, id);
create unique index harvest_item_job_remote_key on harvest_item (job_id, remote_id) where remote_id is not null;

-- what the harvester knows of each dataset it made: the hash of the remote content it was made
-- from (unchanged items are found without touching the catalog), when the source last listed it
create table harvest_record (
    dataset_id    uuid primary key,
    source_id     uuid not null references harvest_source (id),
    remote_id     text not null,
    content_hash  text not null,
    last_seen_at  timestamptz not null,
    -- set by the first complete harvest that no longer lists it
    gone_since    timestamptz,
    -- when the harvester archived the dataset, once gone for longer than the grace period
    archived_at   timestamptz,
    unique (source_id, remote_id)
);
