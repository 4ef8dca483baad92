select
    product_id,
    product_name,
    lower(category) as category,
    price,
    cost,
    price - cost as unit_margin
from {{ raw_relation('products') }}
