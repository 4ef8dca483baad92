"""Feature & model lifecycle (seed 000 "ML Feature & Model Lifecycle").

prepare_feature_source -> feast_apply -> feast_materialize -> build_training_dataset
-> train_and_register.  The landing CSV ``s3://featurestore/featurestore/customer_transactions.csv``
is converted to Parquet (Feast's file offline store reads Parquet); features go to
Redis; Feast's point-in-time training set is written to the object store, where the
platform's Spark reads it: ``train_and_register`` opens a Spark Connect session
(variable ``oner_spark_connect_url``) and trains a Spark ML logistic regression
(``pyspark.ml`` Pipeline) tuned by Hyperopt (TPE over regParam/elasticNetParam,
validation AUC), see ``oner/spark_ml.py``.  The run, one nested run per trial and the
model are logged to MLflow; the model is registered as ``oner_churn_model`` with alias
``staging`` (the Spark pipeline in its artifacts, a scikit-learn flavour with the same
coefficients for the serving images).  A stack without Spark fails that task and says
why: there is no other training.  The DAG id keeps the seed's name.
"""
from __future__ import annotations

import logging
import os
from datetime import datetime, timedelta

from airflow.sdk import Asset, dag, get_current_context, task

from oner import config

log = logging.getLogger(__name__)

FEATURE_SOURCE = Asset(name="featurestore.customer_transactions",
                       uri="s3://featurestore/featurestore/customer_transactions.parquet")
CHURN_MODEL = Asset(name="mlflow.oner_churn_model", uri="mlflow://models/oner_churn_model")


def _feast_env() -> None:
    """Expose the S3 connection to Feast/s3fs/MLflow inside this task process."""
    from oner import airflow_io

    os.environ.update(airflow_io.s3_env())
    bucket = config.variable("oner_bucket_featurestore")
    os.environ["FEAST_CUSTOMER_TRANSACTIONS_PATH"] = f"s3://{bucket}/{config.variable('oner_feature_parquet_key')}"


@dag(
    dag_id="feast_spark_ml_pipeline",
    schedule=None,  # on demand; the drift DAG runs daily
    start_date=datetime(2024, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args={"owner": "oner", "retries": 1, "retry_delay": timedelta(minutes=2)},
    tags=["oner", "ml", "feast", "mlflow", "spark"],
    doc_md=__doc__,
)
def feast_spark_ml_pipeline():
    @task(outlets=[FEATURE_SOURCE])
    def prepare_feature_source() -> dict:
        from oner import airflow_io, ml

        bucket = config.variable("oner_bucket_featurestore")
        raw = airflow_io.s3_read(bucket, config.variable("oner_feature_csv_key"))
        frame = ml.load_transactions(raw)
        uri = airflow_io.s3_write(bucket, config.variable("oner_feature_parquet_key"), ml.transactions_to_parquet(raw))
        return {"uri": uri, "rows": len(frame), "start": frame[ml.TIMESTAMP].min().isoformat(),
                "end": frame[ml.TIMESTAMP].max().isoformat()}

    @task
    def feast_apply(source: dict) -> list[str]:
        from oner import feast_ops

        _feast_env()
        store = feast_ops.open_store(config.FEAST_REPO_PATH)
        applied = feast_ops.apply_repo(store, config.FEAST_REPO_PATH)
        log.info("feast apply: %s", applied)
        return applied

    @task
    def feast_materialize(source: dict) -> dict:
        from oner import feast_ops

        _feast_env()
        store = feast_ops.open_store(config.FEAST_REPO_PATH)
        start = datetime.fromisoformat(source["start"]) - timedelta(seconds=1)
        end = datetime.fromisoformat(source["end"]) + timedelta(seconds=1)
        feast_ops.materialize(store, start, end)
        return {"start": start.isoformat(), "end": end.isoformat()}

    @task
    def build_training_dataset(source: dict) -> dict:
        from oner import airflow_io, feast_ops, ml, spark_ml

        _feast_env()
        bucket = config.variable("oner_bucket_featurestore")
        entities = ml.entity_frame(ml.load_transactions(airflow_io.s3_read(bucket, config.variable("oner_feature_csv_key"))))
        dataset = ml.training_dataset_from_feast(feast_ops.open_store(config.FEAST_REPO_PATH), entities)
        run_id = str(get_current_context()["run_id"]).replace(":", "_").replace("+", "_")
        key = f"ml/outputs/training_dataset_{run_id}.parquet"
        uri = airflow_io.s3_write(bucket, key, spark_ml.training_parquet_bytes(dataset))  # read by Spark
        return {"bucket": bucket, "key": key, "uri": uri, "rows": len(dataset)}

    @task(outlets=[CHURN_MODEL])
    def train_and_register(dataset: dict) -> dict:
        import tempfile
        from pathlib import Path

        from airflow.sdk.exceptions import AirflowFailException
        from pyspark.sql import SparkSession

        from oner import airflow_io, spark_ml

        url = config.variable("oner_spark_connect_url")
        if not url:
            # Not a skip: the asset would look up to date while no model was trained or registered.
            raise AirflowFailException("the churn model trains on Spark and this stack runs none "
                                       "(oner_spark_connect_url is not set: add the ingestion profile)")
        _feast_env()  # MLflow artifact upload to S3 uses the same credentials
        model_name = config.variable("oner_model_name")
        # The Spark server reads the training set and writes the fitted pipeline through its own S3A client.
        features = f"s3a://{dataset['bucket']}/{dataset['key']}"
        run = airflow_io.run_batch_id()
        pipeline_uri = f"s3a://{dataset['bucket']}/ml/models/{model_name}/{run}/{spark_ml.SPARK_PIPELINE_DIR}"
        spark = SparkSession.builder.remote(url).getOrCreate()
        try:
            result = spark_ml.train_churn_model(spark, features)
            log.info("metrics: %s params: %s", result.metrics, result.params)
            spark_ml.save_pipeline(result.pipeline_model, pipeline_uri)
            with tempfile.TemporaryDirectory() as local:
                pipeline_dir = spark_ml.fetch_pipeline(spark, pipeline_uri, Path(local) / spark_ml.SPARK_PIPELINE_DIR)
                registered = spark_ml.log_and_register(
                    result,
                    pipeline_dir,
                    experiment=config.variable("oner_mlflow_experiment"),
                    model_name=model_name,
                    alias=config.variable("oner_model_alias"),
                    tracking_uri=os.environ.get("MLFLOW_TRACKING_URI"),
                    run_tags={"training_dataset": dataset["uri"], "spark_pipeline": pipeline_uri,
                              "airflow_dag": "feast_spark_ml_pipeline"},
                )
        finally:
            spark.stop()  # ends this client's session; the server keeps running
        return {**registered, "metrics": result.metrics, "params": result.params, "spark_pipeline": pipeline_uri}

    source = prepare_feature_source()
    applied = feast_apply(source)
    materialized = feast_materialize(source)
    applied >> materialized
    dataset = build_training_dataset(source)
    materialized >> dataset
    train_and_register(dataset)


feast_spark_ml_pipeline()
