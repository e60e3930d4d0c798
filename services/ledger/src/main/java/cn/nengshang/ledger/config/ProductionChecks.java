package cn.nengshang.ledger.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks the production profile's settings before anything starts (no database is created, no migration
 * runs): tokens only from a configured issuer for a configured audience, an external database unless the
 * embedded one is asked for explicitly, and never the simulation clock.
 */
public class ProductionChecks implements EnvironmentPostProcessor, Ordered {

    static final String NO_ISSUER = "production needs NENGSHANG_ISSUER_URI, the OpenID Connect issuer whose tokens are"
            + " accepted (development tokens exist only in the local and simulation profiles)";
    static final String NO_AUDIENCE = "production needs NENGSHANG_AUDIENCE, the audience the issuer's tokens name for"
            + " this service";
    static final String EMBEDDED = "production runs on an external PostgreSQL named by NENGSHANG_DB_URL; to run it on"
            + " the embedded database anyway, set NENGSHANG_ALLOW_EMBEDDED_DB=true";
    static final String SIMULATION = "the production and simulation profiles cannot run together";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of("production"))) {
            return;
        }
        List<String> problems = new ArrayList<>();
        if (blank(environment.getProperty("nengshang.security.issuer-uri"))) problems.add(NO_ISSUER);
        if (blank(environment.getProperty("nengshang.security.audience"))) problems.add(NO_AUDIENCE);
        if (blank(environment.getProperty("nengshang.db.url"))
                && !environment.getProperty("nengshang.db.allow-embedded", Boolean.class, false)) {
            problems.add(EMBEDDED);
        }
        if (environment.acceptsProfiles(Profiles.of("simulation"))) problems.add(SIMULATION);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the production profile cannot start: " + String.join("; ", problems));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** After the configuration files are read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
