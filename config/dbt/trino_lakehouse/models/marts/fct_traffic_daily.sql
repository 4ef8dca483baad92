-- CURATED: daily aggregates per city and sensor, stored as Parquet.
select
    traffic_date,
    city,
    sensor_id,
    count(*) as readings,
    sum(vehicle_count) as total_vehicles,
    avg(avg_speed_kmh) as avg_speed_kmh,
    avg(occupancy_pct) as avg_occupancy_pct,
    -- label of the highest rank, not the lexicographic max of the label
    max_by(congestion_level, congestion_level_rank) as congestion_level_max,
    max(congestion_level_rank) as congestion_level_rank_max,
    count_if(incident_flag) as incident_count
from {{ ref('stg_traffic') }}
where traffic_date is not null
group by traffic_date, city, sensor_id
