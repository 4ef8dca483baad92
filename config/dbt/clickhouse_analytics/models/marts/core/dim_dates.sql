-- One row per calendar day from the first to the last order: the date dimension reports group the fact and the
-- daily summary by (a day without orders is still a row, so gaps show).
{{ config(order_by='date_day') }}
with bounds as (
    select min(order_date) as first_day, max(order_date) as last_day
    from {{ ref('stg_orders') }}
)
select
    addDays(first_day, number) as date_day,
    toYear(date_day) as year,
    toQuarter(date_day) as quarter,
    toMonth(date_day) as month,
    toISOWeek(date_day) as iso_week,
    toDayOfWeek(date_day) as day_of_week,
    toDayOfWeek(date_day) >= 6 as is_weekend
from bounds
array join range(toUInt32(dateDiff('day', first_day, last_day) + 1)) as number
