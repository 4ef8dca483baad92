-- Order lines with their order header and product attributes.
select
    i.order_item_id as order_item_id,
    i.order_id as order_id,
    o.customer_id as customer_id,
    o.order_date as order_date,
    o.status as status,
    i.product_id as product_id,
    p.product_name as product_name,
    p.category as category,
    i.quantity as quantity,
    i.unit_price as unit_price,
    i.line_total as line_total,
    i.quantity * p.cost as line_cost,
    i.line_total - i.quantity * p.cost as line_margin
from {{ ref('stg_order_items') }} as i
inner join {{ ref('stg_orders') }} as o on i.order_id = o.order_id
inner join {{ ref('stg_products') }} as p on i.product_id = p.product_id
