{{ config(order_by='order_date') }}
select
    order_date,
    count() as orders,
    uniqExact(customer_id) as customers,
    sum(units) as units,
    sum(order_total) as revenue,
    sum(order_margin) as margin,
    round(avg(order_total), 2) as avg_order_value
from {{ ref('fct_orders') }}
where status != 'cancelled'
group by order_date
