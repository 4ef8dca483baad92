select
    order_id,
    customer_id,
    order_date,
    lower(trim(status)) as status,
    lower(payment_method) as payment_method
from {{ raw_relation('orders') }}
