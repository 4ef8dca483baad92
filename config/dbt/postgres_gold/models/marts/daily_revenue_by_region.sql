-- Net revenue per day and region (cancelled and returned orders excluded).
select
    o.order_date,
    r.region,
    count(*) as orders,
    count(distinct o.customer_id) as customers,
    sum(o.quantity) as units,
    sum(o.amount)::numeric(14, 2) as net_revenue
from {{ ref('stg_orders_snapshot') }} as o
inner join {{ ref('country_regions') }} as r on o.country = r.country
where not o.is_lost_revenue
group by o.order_date, r.region
