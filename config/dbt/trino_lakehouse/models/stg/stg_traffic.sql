-- STG: typed, normalised readings (view over the RAW CSV external table). RAW is append-only: a file landed twice,
-- or a reading the gateway re-sent, appears more than once there, so each reading is kept once here.
with landed as (
    select *, row_number() over (partition by trim(reading_id) order by measured_at_utc) as copy_number
    from {{ source('raw_s3', 'traffic_csv') }}
),

src as (
    select * from landed where copy_number = 1
),

typed as (
    select
        trim(reading_id) as reading_id,
        trim(sensor_id) as sensor_id,
        trim(road) as road,
        upper(trim(direction)) as direction,
        trim(road_segment_id) as road_segment_id,
        trim(city) as city,
        try_cast(trim(lat) as double) as lat,
        try_cast(trim(lon) as double) as lon,
        try(from_iso8601_timestamp(trim(measured_at_utc))) as measured_at_utc,
        try_cast(trim(vehicle_count) as integer) as vehicle_count,
        try_cast(trim(avg_speed_kmh) as double) as avg_speed_kmh,
        try_cast(trim(occupancy_pct) as double) as occupancy_pct,
        upper(trim(congestion_level)) as congestion_level,
        case upper(trim(congestion_level))
            when 'LOW' then 1
            when 'MEDIUM' then 2
            when 'HIGH' then 3
            else null
        end as congestion_level_rank,
        case
            when upper(trim(incident_flag)) in ('1', 'TRUE', 'T', 'Y', 'YES') then true
            when upper(trim(incident_flag)) in ('0', 'FALSE', 'F', 'N', 'NO', '') then false
            else null
        end as incident_flag,
        trim(source_system) as source_system
    from src
)

select
    *,
    cast(measured_at_utc as date) as traffic_date
from typed
