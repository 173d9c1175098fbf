-- the high-value dataset categories (Implementing Regulation (EU) 2023/138) a dataset falls under
alter table dataset add column hvd_categories text[] not null default '{}';
