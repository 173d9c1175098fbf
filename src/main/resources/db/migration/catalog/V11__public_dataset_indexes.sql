-- Sitemaps walk the public datasets by id and skip to the start of their page: a partial index
-- holds only those, so neither the skip nor the walk reads private or deleted rows.
create index dataset_public_id_idx on dataset (id) where deleted_at is null and not private;
-- Atom feeds list the most recently modified public datasets, of the site or of one organization
-- (archived ones are left out, as in the lists of the pages).
create index dataset_public_modified_idx on dataset (modified_at desc)
    where deleted_at is null and not private and archived_at is null;
create index dataset_public_organization_modified_idx on dataset (organization_id, modified_at desc)
    where deleted_at is null and not private and archived_at is null;
