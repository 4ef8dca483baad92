-- Both marts must agree on total net revenue.
with d as (select coalesce(sum(net_revenue), 0) as total from {{ ref('daily_revenue_by_region') }}),
     c as (select coalesce(sum(net_amount), 0) as total from {{ ref('customer_order_summary') }})
select d.total as daily_total, c.total as customer_total
from d cross join c
where d.total <> c.total
