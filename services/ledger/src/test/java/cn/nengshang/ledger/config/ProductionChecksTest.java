package cn.nengshang.ledger.config;

import org.junit.jupiter.api.Test;
import cn.nengshang.ledger.NengshangApplication;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.nio.file.Path;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The production profile's settings are checked before anything starts. */
class ProductionChecksTest {

    private static MockEnvironment production() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("production");
        return environment;
    }

    private static void check(MockEnvironment environment) {
        new ProductionChecks().postProcessEnvironment(environment, new SpringApplication());
    }

    @Test
    void productionWithoutIssuerAudienceOrExternalDatabaseSaysWhatIsMissing() {
        assertThatThrownBy(() -> check(production()))
                .hasMessageContaining("NENGSHANG_ISSUER_URI").hasMessageContaining("NENGSHANG_AUDIENCE")
                .hasMessageContaining("NENGSHANG_DB_URL");
    }

    @Test
    void theEmbeddedDatabaseInProductionOnlyWhenAskedForExplicitly() {
        MockEnvironment configured = production()
                .withProperty("nengshang.security.issuer-uri", "https://id.example.org/realms/cele")
                .withProperty("nengshang.security.audience", "nengshang-ledger");
        assertThatThrownBy(() -> check(configured)).hasMessageContaining("NENGSHANG_ALLOW_EMBEDDED_DB");
        assertThatCode(() -> check(configured.withProperty("nengshang.db.allow-embedded", "true")))
                .doesNotThrowAnyException();
        assertThatCode(() -> check(production()
                .withProperty("nengshang.security.issuer-uri", "https://id.example.org/realms/cele")
                .withProperty("nengshang.security.audience", "nengshang-ledger")
                .withProperty("nengshang.db.url", "jdbc:postgresql://db.example.org/ledger")))
                .doesNotThrowAnyException();
    }

    @Test
    void productionNeverRunsTheSimulationClock() {
        MockEnvironment both = production().withProperty("nengshang.db.url", "jdbc:postgresql://db/ledger");
        both.setActiveProfiles("production", "simulation");
        assertThatThrownBy(() -> check(both)).hasMessageContaining("simulation");
    }

    @Test
    void aMisconfiguredProductionStopsBeforeAnyDatabaseIsMade(@TempDir Path data) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(NengshangApplication.class).profiles("production")
                .run("--nengshang.data-dir=" + data, "--server.port=0"))
                .hasMessageContaining("NENGSHANG_ISSUER_URI");
        assertThat(data.resolve("postgres")).doesNotExist();
    }

    @Test
    void otherProfilesAreNotItsConcern() {
        MockEnvironment local = new MockEnvironment();
        local.setActiveProfiles("local");
        assertThatCode(() -> check(local)).doesNotThrowAnyException();
    }
}
