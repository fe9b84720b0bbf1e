package org.dossier.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one local Spark session of the module's tests ({@code local[2]}, two shuffle partitions, no UI, driver on
 * 127.0.0.1, java.time dates as the job sets them): started by the first test class that asks for it and shared
 * by every later one in the same JVM, so each class does not pay for starting and stopping Spark. It is never
 * stopped by a test (Spark's own shutdown hook stops it when the JVM ends); a test that changes a setting of the
 * session sets it back.
 */
final class TestSpark {
    private static SparkSession session;

    private TestSpark() {}

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder().appName("dossier-test").master("local[2]")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.datetime.java8API.enabled", "true")
                    .getOrCreate();
        }
        return session;
    }
}
