{{ config(order_by='(order_date, order_id)', partition_by='toYYYYMM(order_date)') }}
select
    o.order_id as order_id,
    o.customer_id as customer_id,
    o.order_date as order_date,
    o.status as status,
    o.payment_method as payment_method,
    count() as item_count,
    sum(e.quantity) as units,
    sum(e.line_total) as order_total,
    sum(e.line_cost) as order_cost,
    sum(e.line_margin) as order_margin
from {{ ref('stg_orders') }} as o
inner join {{ ref('int_order_items_enriched') }} as e on o.order_id = e.order_id
group by o.order_id, o.customer_id, o.order_date, o.status, o.payment_method
