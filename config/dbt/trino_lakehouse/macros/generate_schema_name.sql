{#- Critical (seed 002): without this dbt builds `raw_s3_curated_s3`, a schema
    without an S3 location, and Trino fails with
    "No factory for location: file:/opt/hive/data/warehouse/...". -#}
{% macro generate_schema_name(custom_schema_name, node) -%}
  {%- if custom_schema_name is none -%}
    {{ target.schema }}
  {%- else -%}
    {{ custom_schema_name | trim }}
  {%- endif -%}
{%- endmacro %}
