-- harvested catalogs name their zones by INSEE code
create index geo_zone_code_idx on geo_zone (code);
