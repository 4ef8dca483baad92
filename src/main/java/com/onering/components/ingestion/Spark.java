package com.onering.components.ingestion;

import com.onering.components.storage.ObjectStore;
import com.onering.components.streaming.IcebergCatalog;
import com.onering.config.PlatformConfig;
import com.onering.model.ComponentSpec;
import com.onering.model.Dependency;
import com.onering.model.FileSpec;
import com.onering.model.HealthCheck;
import com.onering.model.ImageSource;
import com.onering.model.MemorySize;
import com.onering.model.PortSpec;
import com.onering.model.Profile;
import com.onering.model.SecretSpec;
import com.onering.model.Template;
import com.onering.model.WorkloadSpec;
import com.onering.platform.Component;
import com.onering.platform.PlatformContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Apache Spark standalone: one master, one worker and a Spark Connect server, from a derived image that carries the
 * S3A connector and Iceberg's runtime. Every driver and executor reads the same spark-defaults.conf, wired to the
 * object store and the Iceberg REST catalog.
 */
public final class Spark implements Component {
    public static final String MASTER = "spark-master";
    public static final String WORKER = "spark-worker";
    public static final int MASTER_PORT = 7077;
    public static final String MASTER_URL = "spark://" + MASTER + ":" + MASTER_PORT;
    public static final String CONNECT = "spark-connect";
    public static final int CONNECT_PORT = 15002;
    /** Where Spark Connect clients (Airflow's lakehouse DAG) open their sessions. */
    public static final String CONNECT_URL = "sc://" + CONNECT + ":" + CONNECT_PORT;
    /** The Spark catalog name of the Iceberg REST catalog (the same name as Trino's). */
    public static final String NAME = "spark";
    public static final String ICEBERG_CATALOG = "iceberg";
    private static final String CONF_PATH = "/opt/spark/conf/spark-defaults.conf";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Profile profile() {
        return Profile.INGESTION;
    }

    @Override
    public ComponentSpec describe(PlatformContext context) {
        ImageSource image = context.files().image("onering/spark", "spark");
        FileSpec defaults = FileSpec.of(CONF_PATH, sparkDefaults(context));
        Map<String, String> s3Credentials = Map.of(
                "AWS_ACCESS_KEY_ID", Template.secret(ObjectStore.ACCESS_KEY),
                "AWS_SECRET_ACCESS_KEY", Template.secret(ObjectStore.SECRET_KEY),
                "AWS_REGION", ObjectStore.region(context.config()));

        WorkloadSpec master = WorkloadSpec.service(MASTER, image)
                .command("/opt/spark/bin/spark-class", "org.apache.spark.deploy.master.Master",
                        "--host", MASTER, "--port", String.valueOf(MASTER_PORT), "--webui-port", "8080")
                .env("SPARK_DAEMON_MEMORY", "256m")
                // Drivers are submitted from the master container (spark-submit), so it carries the job settings too.
                .env(s3Credentials)
                .file(defaults)
                .port(PortSpec.internal("rpc", MASTER_PORT))
                .port(PortSpec.published("ui", 8080, 8081))
                .health(HealthCheck.exec("curl", "-fsS", "http://localhost:8080/json/"))
                .ui("ui", "/")
                // Master daemon 256m plus one client-mode driver (spark.driver.memory 512m) and JVM overhead.
                .memory(MemorySize.mebibytes(1024))
                .build();
        WorkloadSpec worker = WorkloadSpec.service(WORKER, image)
                .command("/opt/spark/bin/spark-class", "org.apache.spark.deploy.worker.Worker", MASTER_URL,
                        "--host", WORKER, "--cores", "2", "--memory", "1536m", "--webui-port", "8081",
                        // The image's SPARK_HOME is root-owned; the spark user owns only work-dir.
                        "--work-dir", "/opt/spark/work-dir")
                .env("SPARK_DAEMON_MEMORY", "256m")
                .env(s3Credentials)
                .file(defaults)
                .port(PortSpec.published("ui", 8081, 8084))
                .health(HealthCheck.exec("curl", "-fsS", "http://localhost:8081/json/"))
                .ui("ui", "/")
                .dependsOn(Dependency.healthy(MASTER))
                // Executors read and write the lakehouse: the object store and the REST catalog must be there.
                .dependsOn(Dependency.healthy(ObjectStore.HOST))
                .dependsOn(Dependency.healthy(IcebergCatalog.HOST))
                // Worker daemon 256m plus two executors (spark.executor.memory 768m each: the Connect server's and one
                // submitted job's) and overhead.
                .memory(MemorySize.mebibytes(2048))
                .build();
        // The Spark Connect server: a long-running driver whose executors are the workers'. Clients (Airflow tasks)
        // send it DataFrame plans over gRPC, so they need no JVM and no Spark installation of their own.
        WorkloadSpec connect = WorkloadSpec.service(CONNECT, image)
                .command("/opt/spark/bin/spark-submit", "--class", "org.apache.spark.sql.connect.service.SparkConnectServer",
                        "--name", CONNECT, "--conf", "spark.connect.grpc.binding.port=" + CONNECT_PORT,
                        // It holds its executor for as long as it runs: the worker's other core and 768m stay free for
                        // a job submitted from the master.
                        "--conf", "spark.cores.max=1", "--conf", "spark.executor.cores=1")
                .env(s3Credentials)
                .file(defaults)
                .port(PortSpec.internal("grpc", CONNECT_PORT))
                // The driver's own UI lists its application once the server is up.
                .health(HealthCheck.exec("curl", "-fsS", "http://localhost:4040/api/v1/applications")
                        .withStartPeriod(Duration.ofSeconds(60)))
                .dependsOn(Dependency.healthy(WORKER))
                // The driver (spark.driver.memory 512m) plus the gRPC service and JVM overhead.
                .memory(MemorySize.mebibytes(1024))
                .build();
        List<SecretSpec> secrets = context.config().directoryEnabled()
                ? List.of(SecretSpec.password(IcebergCatalog.clientOf(NAME).secret())) : List.of();
        return new ComponentSpec(name(), profile(), "onering:ingestion:Spark", List.of(master, worker, connect),
                secrets, List.of(), List.of(), Map.of());
    }

    /** The shipped defaults plus the addresses the platform decides. */
    static String sparkDefaults(PlatformContext context) {
        PlatformConfig config = context.config();
        String s3 = ObjectStore.endpoint(config);
        String region = ObjectStore.region(config);
        String catalog = "spark.sql.catalog." + ICEBERG_CATALOG;
        return context.files().read("spark/spark-defaults.conf")
                + "\n# Platform wiring\n"
                + "spark.master " + MASTER_URL + "\n"
                + catalog + ".uri " + IcebergCatalog.restUri() + "\n"
                + catalog + ".warehouse " + IcebergCatalog.WAREHOUSE + "\n"
                + catalog + ".s3.endpoint " + s3 + "\n"
                + catalog + ".client.region " + region + "\n"
                + "spark.hadoop.fs.s3a.endpoint " + s3 + "\n"
                + "spark.hadoop.fs.s3a.endpoint.region " + region + "\n"
                + (config.directoryEnabled() ? catalogCredential(catalog) : "");
    }

    /**
     * With the security profile the catalog wants a realm token: Iceberg's REST client gets one for Spark's own client
     * (client-credentials grant). Keycloak refuses scopes a client lacks and Iceberg asks for "catalog" by default.
     */
    private static String catalogCredential(String catalog) {
        IcebergCatalog.CatalogClient client = IcebergCatalog.clientOf(NAME);
        return catalog + ".credential " + client.clientId() + ":" + Template.secret(client.secret()) + "\n"
                + catalog + ".oauth2-server-uri " + IcebergCatalog.internalTokenUrl() + "\n"
                + catalog + ".scope openid\n";
    }
}
