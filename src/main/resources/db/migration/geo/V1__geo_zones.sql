-- Administrative zones of France (country, regions, departements, EPCI, communes), loaded at
-- start from the reference data shipped in the application (see NOTICE).
create table geo_zone (
    id           text primary key,          -- country:fr, fr:region:84, fr:departement:2a, fr:epci:200000172, fr:commune:01001
    level        text not null check (level in ('country', 'region', 'departement', 'epci', 'commune')),
    code         text not null,
    name         text not null,
    parents      text[] not null default '{}', -- every zone containing this one
    population   integer,
    siren        text,
    postal_codes text[] not null default '{}',
    search_name  text not null              -- lower case without accents, for suggestions
);
create index geo_zone_search_idx on geo_zone (search_name text_pattern_ops);
create index geo_zone_level_idx on geo_zone (level);

-- which release of the reference data is loaded, so that a new release replaces it at start
create table geo_reference (
    release   text primary key,
    loaded_at timestamptz not null default now()
);
