select
    cast(recorded_at as date) as record_date,
    category,
    count(*) as records,
    sum(amount) as total_amount
from {{ ref('stg_records') }}
group by 1, 2
