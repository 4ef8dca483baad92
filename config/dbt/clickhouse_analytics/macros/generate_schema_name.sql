{#- Use the configured +schema verbatim (ClickHouse database `staging`, not
    `analytics_staging`); fall back to the target schema otherwise. -#}
{% macro generate_schema_name(custom_schema_name, node) -%}
  {%- if custom_schema_name is none -%}
    {{ target.schema }}
  {%- else -%}
    {{ custom_schema_name | trim }}
  {%- endif -%}
{%- endmacro %}
