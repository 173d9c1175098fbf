-- The spatial extent of a dataset as west, south, east, north in WGS 84 degrees (GeoJSON's
-- bbox order), for the bounding-box filter of search; null when unknown.
alter table dataset add column spatial_bbox double precision[];
alter table dataset add constraint dataset_spatial_bbox_is_a_box check (spatial_bbox is null or cardinality(spatial_bbox) = 4);
