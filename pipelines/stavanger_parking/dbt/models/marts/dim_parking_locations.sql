select distinct on (location)
    location,
    latitude,
    longitude
from {{ ref('stg_parking_observations') }}
order by location, observed_at desc
