{{ config(order_by='product_id') }}
select
    p.product_id as product_id,
    p.product_name as product_name,
    p.category as category,
    p.price as price,
    p.cost as cost,
    p.unit_margin as unit_margin,
    coalesce(s.units_sold, 0) as units_sold,
    coalesce(s.revenue, toDecimal64(0, 2)) as revenue
from {{ ref('stg_products') }} as p
left join (
    select product_id, sum(quantity) as units_sold, sum(line_total) as revenue
    from {{ ref('int_order_items_enriched') }}
    where status != 'cancelled'
    group by product_id
) as s on p.product_id = s.product_id
