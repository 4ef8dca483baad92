select
    cast(observed_at at time zone 'Europe/Oslo' as date) as observation_date,
    location,
    count(*) as observations,
    min(free_spaces) as min_free_spaces,
    round(avg(free_spaces), 1) as avg_free_spaces,
    max(free_spaces) as max_free_spaces
from {{ ref('stg_parking_observations') }}
group by 1, 2
