-- One row per customer: order counts and revenue (gross excludes cancelled,
-- net also excludes returned orders).
with orders as (
    select * from {{ ref('stg_orders_snapshot') }}
),

per_customer as (
    select
        customer_id,
        min(country) as country,
        count(*) as orders_count,
        count(*) filter (where status = 'delivered') as delivered_orders,
        count(*) filter (where status = 'cancelled') as cancelled_orders,
        count(*) filter (where status = 'returned') as returned_orders,
        coalesce(sum(amount) filter (where not is_cancelled), 0)::numeric(14, 2) as gross_amount,
        coalesce(sum(amount) filter (where not is_lost_revenue), 0)::numeric(14, 2) as net_amount,
        min(order_date) as first_order_date,
        max(order_date) as last_order_date
    from orders
    group by customer_id
)

select
    p.customer_id,
    p.country,
    r.region,
    p.orders_count,
    p.delivered_orders,
    p.cancelled_orders,
    p.returned_orders,
    p.gross_amount,
    p.net_amount,
    round(p.net_amount / nullif(p.orders_count - p.cancelled_orders - p.returned_orders, 0), 2) as avg_net_order_value,
    p.first_order_date,
    p.last_order_date
from per_customer as p
left join {{ ref('country_regions') }} as r on p.country = r.country
