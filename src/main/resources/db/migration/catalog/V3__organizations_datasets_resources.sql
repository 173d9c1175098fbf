-- The catalog: organizations, datasets (dcat:Dataset), resources (dcat:Distribution) and the
-- history of every change to a dataset or its resources.
create table organization (
    id          uuid primary key,
    slug        text not null unique,
    name        text not null,
    acronym     text,
    description text not null default '',
    logo_url    text,
    website     text,
    type        text not null,
    siret       text,
    badges      text[] not null default '{}',
    created_at  timestamptz not null,
    modified_at timestamptz not null,
    deleted_at  timestamptz,
    version     integer not null default 1
);
create index organization_name_idx on organization (lower(name)) where deleted_at is null;

create table dataset (
    id                  uuid primary key,
    slug                text not null unique,
    title               text not null,
    acronym             text,
    description         text not null default '',
    tags                text[] not null default '{}',
    themes              text[] not null default '{}',
    license             text not null,
    frequency           text not null,
    temporal_start      date,
    temporal_end        date,
    spatial_zones       text[] not null default '{}',
    spatial_granularity text,
    organization_id     uuid references organization (id),
    owner_id            uuid,
    contact_name        text,
    contact_email       text,
    access_type         text not null default 'open',
    access_reason       text,
    badges              text[] not null default '{}',
    private             boolean not null default false,
    archived_at         timestamptz,
    deleted_at          timestamptz,
    created_at          timestamptz not null,
    modified_at         timestamptz not null,
    last_update         timestamptz not null,
    version             integer not null default 1,
    check (organization_id is not null or owner_id is not null)
);
-- lists show published, non-deleted datasets: partial indexes keep them small
create index dataset_organization_idx on dataset (organization_id, last_update desc) where deleted_at is null;
create index dataset_owner_idx on dataset (owner_id) where deleted_at is null;
create index dataset_last_update_idx on dataset (last_update desc) where deleted_at is null;
create index dataset_created_idx on dataset (created_at desc) where deleted_at is null;
create index dataset_title_idx on dataset (lower(title)) where deleted_at is null;
create index dataset_license_idx on dataset (license) where deleted_at is null;
create index dataset_tags_idx on dataset using gin (tags);
create index dataset_themes_idx on dataset using gin (themes);
create index dataset_badges_idx on dataset using gin (badges);
create index dataset_zones_idx on dataset using gin (spatial_zones);

create table resource (
    id             uuid primary key,
    dataset_id     uuid not null references dataset (id),
    position       integer not null,
    title          text not null,
    description    text not null default '',
    type           text not null,
    url            text,
    file_sha256    text,
    filename       text,
    format         text,
    mime           text,
    size           bigint,
    checksum       text,
    schema_name    text,
    schema_version text,
    schema_url     text,
    created_at     timestamptz not null,
    modified_at    timestamptz not null,
    version        integer not null default 1,
    check (url is not null or file_sha256 is not null)
);
create index resource_dataset_idx on resource (dataset_id, position);
create index resource_format_idx on resource (lower(format), dataset_id);

create table catalog_change (
    id          bigserial primary key,
    dataset_id  uuid not null references dataset (id),
    resource_id uuid,
    actor_id    uuid,
    at          timestamptz not null default now(),
    action      text not null,
    fields      text[] not null default '{}'
);
create index catalog_change_dataset_idx on catalog_change (dataset_id, at desc);
