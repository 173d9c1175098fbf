-- The opening roadmap of each organization: the datasets it commits to open, those the community
-- proposes and supports, and the dated, attributed history of every change. organization, account
-- and dataset ids point to other modules: no foreign keys across modules (they are soft-deleted).
create table roadmap_entry (
    id               uuid primary key,
    organization_id  uuid not null,
    title            text not null,
    description      text not null default '',
    impact           text not null,
    status           text not null check (status in ('proposed', 'planned', 'in_progress', 'opened', 'postponed',
                                                     'abandoned', 'declined')),
    -- the date the organization commits to now; a proposal has none until it is accepted
    target_date      date,
    -- the first date it committed to: a postponement does not make a late opening on time
    committed_date   date,
    opened_on        date,
    -- the catalog dataset the entry became
    dataset_id       uuid,
    -- why it was last postponed, abandoned or declined
    reason           text,
    -- where it comes from, kept as the caller gave it (the address of a data request...)
    source           text,
    supporters       integer not null default 0 check (supporters >= 0),
    created_by       uuid not null,
    created_at       timestamptz not null,
    modified_at      timestamptz not null,
    version          integer not null default 1,
    check (target_date is not null or status in ('proposed', 'declined')),
    check ((status = 'opened') = (dataset_id is not null and opened_on is not null))
);
-- an organization's roadmap, and the API's filters by organization and status
create index roadmap_entry_organization_idx on roadmap_entry (organization_id, status, target_date);
-- the API's filters by status or lateness, and the next deadlines of the overview
create index roadmap_entry_status_target_idx on roadmap_entry (status, target_date);
create index roadmap_entry_target_idx on roadmap_entry (target_date, id);
create index roadmap_entry_created_idx on roadmap_entry (created_at, id);
-- the openings per month of the overview
create index roadmap_entry_opened_idx on roadmap_entry (opened_on) where status = 'opened';

create table roadmap_support (
    entry_id    uuid not null references roadmap_entry (id),
    account_id  uuid not null,
    created_at  timestamptz not null,
    primary key (entry_id, account_id)
);
create index roadmap_support_account_idx on roadmap_support (account_id);

-- every change of an entry: who, when, what (proposed, created, edited, moved), the statuses and
-- dates before and after, the reason, the dataset, the fields an edit changed
create table roadmap_event (
    id               bigserial primary key,
    entry_id         uuid not null references roadmap_entry (id),
    at               timestamptz not null,
    actor_id         uuid not null,
    action           text not null check (action in ('proposed', 'created', 'edited', 'moved')),
    old_status       text,
    new_status       text,
    old_target_date  date,
    new_target_date  date,
    reason           text,
    dataset_id       uuid,
    fields           text[] not null default '{}'
);
create index roadmap_event_entry_idx on roadmap_event (entry_id, id);

-- the history is append-only: nothing, not even the portal's own code, rewrites it
create function roadmap_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'roadmap_event is append-only';
end
$$;
create trigger roadmap_event_append_only before update or delete or truncate on roadmap_event
    for each statement execute function roadmap_event_append_only();
