-- Validation queries (run in Trino after `dbt run`).
select * from hive.stg_s3.stg_traffic limit 5;
select * from hive.curated_s3.fct_traffic_daily order by traffic_date desc limit 10;
