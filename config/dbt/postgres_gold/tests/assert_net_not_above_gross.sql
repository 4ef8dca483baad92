-- Net revenue can never exceed gross revenue for a customer.
select customer_id, gross_amount, net_amount
from {{ ref('customer_order_summary') }}
where net_amount > gross_amount
