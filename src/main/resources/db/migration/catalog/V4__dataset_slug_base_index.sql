-- A batch of new datasets looks up the slugs it could clash with ("budget", "budget-2", ...)
-- in one query; this index keeps that query from scanning the whole table.
create index dataset_slug_base_idx on dataset ((regexp_replace(slug, '-[0-9]+$', '')));
