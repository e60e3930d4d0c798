package cn.nengshang.ledger.config;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;

/**
 * The database: the external PostgreSQL named by NENGSHANG_DB_URL, or else an embedded one whose data
 * lives under NENGSHANG_DATA_DIR and survives restarts.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfig.class);

    @Bean(destroyMethod = "close")
    DataSource dataSource(NengshangProperties properties) throws IOException {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("ledger");
        // requests, and the processors' threads (one per segment) while they handle a batch
        pool.setMaximumPoolSize(16);
        NengshangProperties.Db db = properties.db();
        if (db != null && db.idleTransactionTimeout() != null) {
            pool.setConnectionInitSql("set idle_in_transaction_session_timeout = "
                    + db.idleTransactionTimeout().toMillis());
        }
        if (db != null && db.external()) {
            pool.setJdbcUrl(db.url());
            pool.setUsername(db.user());
            pool.setPassword(db.password());
            log.info("using the external PostgreSQL at {}", db.url());
            return pool;
        }
        EmbeddedPostgres postgres = EmbeddedPostgresStart.start(properties.dataDir().resolve("postgres"),
                db == null || db.durable());
        pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        pool.setUsername("postgres");
        return new EmbeddedDataSource(pool, postgres);
    }
}
