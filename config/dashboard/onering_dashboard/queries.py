"""What the dashboard asks its sources, kept apart (no imports) so tests check them against the real schemas."""

# The newest runs with the code location each belongs to (a pipeline's location is named after it).
RUNS_QUERY = """{ runsOrError(limit: 200) { __typename ... on Runs { results { runId jobName status startTime endTime
                  repositoryOrigin { repositoryLocationName } } } ... on PythonError { message } } }"""

KEY_METRICS = [
    ("Scrape targets up", "count(up == 1)", "count"),
    ("Scrape targets", "count(up)", "count"),
    ("Alerts firing", 'count(ALERTS{alertstate="firing"}) or vector(0)', "count"),
    ("Memory of scraped services", "sum(process_resident_memory_bytes)", "bytes"),
    ("Samples ingested per second", "sum(rate(prometheus_tsdb_head_samples_appended_total[5m]))", "rate"),
]
