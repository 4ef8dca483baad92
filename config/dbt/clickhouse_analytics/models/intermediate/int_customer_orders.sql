-- Per-customer order aggregates; cancelled orders do not count as revenue.
select
    customer_id,
    count(distinct order_id) as total_orders,
    countDistinctIf(order_id, status != 'cancelled') as billable_orders,
    sumIf(line_total, status != 'cancelled') as lifetime_value,
    min(order_date) as first_order_date,
    max(order_date) as last_order_date
from {{ ref('int_order_items_enriched') }}
group by customer_id
