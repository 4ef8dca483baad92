{#- Raw tables come either from the dbt seeds (default, self-contained demo)
    or from the declared `ecommerce_raw` sources when the tables are loaded
    outside dbt (var raw_from_seeds=false). -#}
{% macro raw_relation(table_name) -%}
  {%- if var('raw_from_seeds', true) -%}
    {{ ref('raw_' ~ table_name) }}
  {%- else -%}
    {{ source('ecommerce_raw', table_name) }}
  {%- endif -%}
{%- endmacro %}
