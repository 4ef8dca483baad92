{{ config(order_by='customer_id') }}
select
    c.customer_id as customer_id,
    c.full_name as full_name,
    c.email as email,
    c.country as country,
    c.signup_date as signup_date,
    coalesce(co.total_orders, 0) as total_orders,
    coalesce(co.lifetime_value, toDecimal64(0, 2)) as lifetime_value,
    co.first_order_date as first_order_date,
    co.last_order_date as last_order_date,
    case
        when coalesce(co.lifetime_value, 0) >= 500 then 'high_value'
        when coalesce(co.total_orders, 0) > 0 then 'active'
        else 'prospect'
    end as customer_segment
from {{ ref('stg_customers') }} as c
left join {{ ref('int_customer_orders') }} as co on c.customer_id = co.customer_id
