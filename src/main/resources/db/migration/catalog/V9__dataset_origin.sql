-- a harvested dataset names where it comes from; its fields are the source's, read-only here
alter table dataset
    add column origin_source_id   uuid,
    add column origin_source_name text,
    add column origin_remote_id   text,
    add column origin_page        text;
-- resources listed by the source, as opposed to those added here to a harvested dataset
alter table resource add column harvested boolean not null default false;
