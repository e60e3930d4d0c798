package cn.nengshang.ledger.config;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import java.io.Closeable;
import java.io.IOException;

/** A pool on the embedded PostgreSQL that stops the server when the pool is closed. */
class EmbeddedDataSource extends DelegatingDataSource implements Closeable {

    private final HikariDataSource pool;
    private final EmbeddedPostgres postgres;

    EmbeddedDataSource(HikariDataSource pool, EmbeddedPostgres postgres) {
        super(pool);
        this.pool = pool;
        this.postgres = postgres;
    }

    @Override
    public void close() throws IOException {
        pool.close();
        postgres.close();
    }
}
