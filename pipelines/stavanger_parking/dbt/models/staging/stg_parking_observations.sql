-- Typed readings in Stavanger's local time; readings without a count are left out and a repeated reading is kept once.
with typed as (
    select
        (to_timestamp("Dato" || ' ' || "Klokkeslett", 'DD.MM.YYYY HH24:MI')::timestamp at time zone 'Europe/Oslo') as observed_at,
        trim("Sted") as location,
        cast("Latitude" as numeric(8, 5)) as latitude,
        cast("Longitude" as numeric(8, 5)) as longitude,
        cast("Antall_ledige_plasser" as integer) as free_spaces
    from {{ source('raw', 'parking_observations') }}
    where "Antall_ledige_plasser" ~ '^\d+$'
)

select distinct observed_at, location, latitude, longitude, free_spaces
from typed
