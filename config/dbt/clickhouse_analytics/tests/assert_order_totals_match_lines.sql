-- fct_orders totals must equal the sum of their order lines.
select f.order_id
from {{ ref('fct_orders') }} as f
inner join (
    select order_id, sum(line_total) as lines_total
    from {{ ref('stg_order_items') }}
    group by order_id
) as l on f.order_id = l.order_id
where f.order_total != l.lines_total
