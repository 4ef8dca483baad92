-- Typed records; a row whose time or amount does not parse is left out.
select
    cast(recorded_at as timestamptz) as recorded_at,
    lower(trim(category)) as category,
    cast(amount as numeric(12, 2)) as amount
from {{ source('raw', 'records') }}
where recorded_at ~ '^\d{4}-\d{2}-\d{2}'
  and amount ~ '^-?\d+(\.\d+)?$'
  and trim(category) <> ''
