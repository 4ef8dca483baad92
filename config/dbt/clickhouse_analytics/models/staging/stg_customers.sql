select
    customer_id,
    first_name,
    last_name,
    concat(first_name, ' ', last_name) as full_name,
    lower(email) as email,
    upper(country) as country,
    signup_date
from {{ raw_relation('customers') }}
