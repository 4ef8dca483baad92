"""OneRing pipeline helpers.

Plain-Python logic used by the DAG files in ``config/airflow/dags``.  Nothing in
this package imports Airflow at module import time except :mod:`oner.airflow_io`,
so the transforms, validations and ML code are unit-testable without Airflow.
"""
