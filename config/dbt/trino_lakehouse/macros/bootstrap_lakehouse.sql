{#- One-time, idempotent bootstrap of the HMS schemas and the RAW external
    table.  Usage:
      dbt run-operation bootstrap_lakehouse --args '{raw_location: "s3://bronze/source=file/dataset=traffic/"}'
    Schemas use s3a:// (Hadoop/HMS), the external table s3:// (Trino). The external table is re-created each run so
    it always points at raw_location (dropping an external table leaves its files alone). -#}
{% macro bootstrap_lakehouse(raw_location, raw_bucket='raw', curated_bucket='curated') %}
  {% set catalog = target.database %}
  {% set statements = [
    "create schema if not exists " ~ catalog ~ ".raw_s3 with (location = 's3a://" ~ raw_bucket ~ "/hive/raw_s3/')",
    "create schema if not exists " ~ catalog ~ ".stg_s3 with (location = 's3a://" ~ curated_bucket ~ "/hive/stg/')",
    "create schema if not exists " ~ catalog ~ ".curated_s3 with (location = 's3a://" ~ curated_bucket ~ "/hive/curated/')",
    "drop table if exists " ~ catalog ~ ".raw_s3.traffic_csv",
    "create table " ~ catalog ~ ".raw_s3.traffic_csv (
        reading_id varchar, sensor_id varchar, road varchar, direction varchar,
        road_segment_id varchar, city varchar, lat varchar, lon varchar,
        measured_at_utc varchar, vehicle_count varchar, avg_speed_kmh varchar,
        occupancy_pct varchar, congestion_level varchar, incident_flag varchar,
        source_system varchar
      ) with (format = 'CSV', external_location = '" ~ raw_location ~ "', skip_header_line_count = 1)"
  ] %}
  {% for sql in statements %}
    {% do log("bootstrap_lakehouse: " ~ sql.split('(')[0], info=true) %}
    {% do run_query(sql) %}
  {% endfor %}
{% endmacro %}
