select
    order_id,
    customer_id,
    order_ts,
    order_date,
    status,
    product_sku,
    quantity,
    unit_price,
    amount,
    currency,
    upper(country) as country,
    channel,
    status = 'cancelled' as is_cancelled,
    status in ('cancelled', 'returned') as is_lost_revenue
from {{ source('gold', 'orders_snapshot') }}
